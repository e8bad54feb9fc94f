// SPDX-License-Identifier: GPL-3.0-or-later
#include <ui/common/errorlabel.h>
#include <ui/editing/dateedit.h>

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace tkb {

DateEdit::DateEdit(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_form(new QComboBox(this))
    , m_circa(new QCheckBox(tr("circa"), this))
    , m_uncertain(new QCheckBox(tr("uncertain"), this))
    , m_preview(new QLabel(this))
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 0, 0);
    layout->addWidget(m_form, 0, 1);
    layout->addWidget(m_circa, 0, 2);
    layout->addWidget(m_uncertain, 0, 3);
    layout->addWidget(m_preview, 1, 0, 1, 4);
    layout->setColumnStretch(0, 1);
    m_field->setPlaceholderText(tr("e.g. 1993, 1993-08-26, 2019-early, 2014-06-29/.., [..2004]"));
    m_field->setLayoutDirection(Qt::LeftToRight); // the notation reads left to right in every language
    m_form->addItem(tr("Form…"), Keep);
    m_form->addItem(tr("Day"), Day);
    m_form->addItem(tr("Month"), Month);
    m_form->addItem(tr("Year"), Year);
    m_form->addItem(tr("Beginning of the year"), Beginning);
    m_form->addItem(tr("Middle of the year"), Middle);
    m_form->addItem(tr("End of the year"), End);
    m_form->addItem(tr("Range"), Range);
    m_form->addItem(tr("From (open end)"), From);
    m_form->addItem(tr("Until (open start)"), Until);
    m_form->addItem(tr("Before"), Before);
    m_form->addItem(tr("After"), After);
    m_form->setToolTip(tr("Rewrites the date in another form: the day, month or year it gives stays"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    setLabel(tr("Date"));
    connect(m_field, &QLineEdit::textChanged, this, &DateEdit::update);
    connect(m_form, &QComboBox::activated, this, &DateEdit::applyForm);
    connect(m_circa, &QCheckBox::clicked, this, &DateEdit::applyMarks);
    connect(m_uncertain, &QCheckBox::clicked, this, &DateEdit::applyMarks);
    setFocusProxy(m_field);
    update();
}

void DateEdit::setLabel(const QString &label)
{
    m_label = label;
    m_field->setAccessibleName(label);
    m_form->setAccessibleName(tr("%1: form").arg(label));
    m_circa->setAccessibleName(tr("%1: circa").arg(label));
    m_uncertain->setAccessibleName(tr("%1: uncertain").arg(label));
}

void DateEdit::setDate(const FuzzyDate &date)
{
    m_words = date.text();
    m_wordsFor = date.isValid() ? date.edtf() : QString();
    m_field->setText(m_wordsFor);
    update();
}

bool DateEdit::date(FuzzyDate *out, QString *error) const
{
    const QString notation = m_field->text().trimmed();
    if (notation.isEmpty()) {
        *out = FuzzyDate();
        return true;
    }
    QString why;
    *out = FuzzyDate::fromEdtf(notation, notation == m_wordsFor ? m_words : QString(), &why);
    if (!out->isValid()) {
        *error = tr("%1: “%2” is not a date this program reads (%3)").arg(m_label, notation, why);
        return false;
    }
    return true;
}

void DateEdit::update()
{
    FuzzyDate d;
    QString why;
    const bool ok = date(&d, &why);
    const QSignalBlocker b1(m_circa);
    const QSignalBlocker b2(m_uncertain);
    m_circa->setChecked(ok && d.isValid() && d.isCirca());
    m_uncertain->setChecked(ok && d.isValid() && d.isUncertain());
    m_circa->setEnabled(ok && d.isValid());
    m_uncertain->setEnabled(ok && d.isValid());
    if (!ok)
        m_preview->setText(tr("Not a date: use a form such as 1993, 1993-08, 1993-08-26, 1993/2008, 1993~ (circa), "
                              "1993? (uncertain), [..2004] (before), 2019-early (beginning of 2019)"));
    else if (!d.isValid())
        m_preview->setText(tr("No date"));
    else
        m_preview->setText(d.toDisplayString(locale()));
    QPalette p = m_preview->palette();
    p.setColor(QPalette::WindowText, ok ? palette().color(QPalette::PlaceholderText) : ErrorLabel::color(palette()));
    m_preview->setPalette(p);
    m_field->setToolTip(m_preview->text());
}

void DateEdit::applyForm(int index)
{
    const Form form = Form(m_form->itemData(index).toInt());
    m_form->setCurrentIndex(0);
    if (form == Keep)
        return;
    FuzzyDate d;
    QString why;
    if (!date(&d, &why))
        d = FuzzyDate();
    // What the date gives now: its first known day (or last, when only the end is known), at its precision.
    QDate day = d.start().isValid() ? d.start() : d.end();
    if (!day.isValid())
        day = QDate(QDate::currentDate().year(), 1, 1);
    QString single = d.isValid() && d.precision() != FuzzyDate::Precision::Range ? d.iso() : QString();
    if (single.isEmpty())
        single = QString::number(day.year());
    const QString year = QString::number(day.year());
    QString text;
    switch (form) {
    case Keep:
        return;
    case Day:
        text = day.toString(QStringLiteral("yyyy-MM-dd"));
        break;
    case Month:
        text = day.toString(QStringLiteral("yyyy-MM"));
        break;
    case Year:
        text = year;
        break;
    case Beginning:
        text = year + QStringLiteral("-early");
        break;
    case Middle:
        text = year + QStringLiteral("-mid");
        break;
    case End:
        text = year + QStringLiteral("-late");
        break;
    case Range: {
        const QDate last = d.end().isValid() ? d.end() : day;
        text = year + u'/' + QString::number(std::max(last.year(), day.year()));
        break;
    }
    case From:
        text = single + QStringLiteral("/..");
        break;
    case Until:
        text = QStringLiteral("../") + single;
        break;
    case Before:
        text = QStringLiteral("[..%1]").arg(single);
        break;
    case After:
        text = QStringLiteral("[%1..]").arg(single);
        break;
    }
    m_field->setText(text);
    m_field->setFocus(Qt::OtherFocusReason);
}

void DateEdit::applyMarks()
{
    FuzzyDate d;
    QString why;
    if (!date(&d, &why) || !d.isValid())
        return;
    d = d.withCirca(m_circa->isChecked()).withUncertain(m_uncertain->isChecked());
    m_field->setText(d.edtf());
}

} // namespace tkb
