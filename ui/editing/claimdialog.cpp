// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/model/claimjson.h>
#include <ui/editing/citationtable.h>
#include <ui/editing/claimdialog.h>
#include <ui/editing/dateedit.h>
#include <ui/editing/entitylineedit.h>
#include <ui/editing/qualifiereditor.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace tkb {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QComboBox *codeBox(const QStringList &codes, const QString &current, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->addItem(QString());
    box->addItems(codes);
    box->setCurrentText(current);
    return box;
}

FuzzyDate dateOf(const QJsonValue &v)
{
    FuzzyDate d;
    QString ignored;
    ClaimJson::fromJson(v, &d, &ignored);
    return d;
}

} // namespace

ClaimDialog::ClaimDialog(
    Kind kind, const QJsonObject &claim, KnowledgeBase *kb, const QString &subject, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_subject(subject)
    , m_claim(claim)
    , m_qualifiers(new QualifierEditor(kb, this))
    , m_citations(new CitationTable(kb, this))
    , m_error(new ErrorLabel(this))
{
    auto *form = new QFormLayout;
    switch (kind) {
    case Kind::Alias:
        setWindowTitle(claim.isEmpty() ? tr("New Spelling") : tr("Spelling"));
        m_main = new QLineEdit(str(claim, "text"), this);
        m_language
            = codeBox({ QStringLiteral("az"), QStringLiteral("en"), QStringLiteral("fa"), QStringLiteral("ru"),
                          QStringLiteral("tly"), QStringLiteral("tr"), QStringLiteral("nl"), QStringLiteral("de") },
                str(claim, "lang"), this);
        m_script = codeBox(
            { QStringLiteral("Latn"), QStringLiteral("Cyrl"), QStringLiteral("Arab") }, str(claim, "script"), this);
        m_language->setToolTip(tr("A language code (BCP 47): az, ru, en, fa, tly …"));
        m_script->setToolTip(tr("A script code (ISO 15924): Latn, Cyrl, Arab …"));
        form->addRow(tr("S&pelling:"), m_main);
        form->addRow(tr("&Language:"), m_language);
        form->addRow(tr("Sc&ript:"), m_script);
        m_main->setAccessibleName(tr("Spelling"));
        m_language->setAccessibleName(tr("Language"));
        m_script->setAccessibleName(tr("Script"));
        break;
    case Kind::Attribute:
        setWindowTitle(claim.isEmpty() ? tr("New Attribute") : tr("Attribute"));
        m_main = new QLineEdit(str(claim, "key"), this);
        m_value = new QLineEdit(str(claim, "value"), this);
        form->addRow(tr("&Key:"), m_main);
        form->addRow(tr("&Value:"), m_value);
        m_main->setAccessibleName(tr("Key"));
        m_value->setAccessibleName(tr("Value"));
        break;
    case Kind::Relation:
        setWindowTitle(claim.isEmpty() ? tr("New Relation") : tr("Relation"));
        m_main = new QLineEdit(str(claim, "predicate"), this);
        m_main->setPlaceholderText(tr("e.g. member-of, heads, founded, located-in"));
        m_object = new EntityLineEdit(kb, this);
        m_object->setText(str(claim, "object"));
        form->addRow(tr("&Predicate:"), m_main);
        form->addRow(tr("&Other entity:"), m_object);
        m_main->setAccessibleName(tr("Predicate"));
        m_object->setAccessibleName(tr("Other entity"));
        break;
    case Kind::Date:
        setWindowTitle(claim.isEmpty() ? tr("New Date") : tr("Date"));
        m_date = new DateEdit(this);
        m_date->setDate(dateOf(claim.value(QStringLiteral("date"))));
        form->addRow(tr("&Date:"), m_date);
        break;
    }
    if (kind == Kind::Attribute || kind == Kind::Relation) {
        m_from = new DateEdit(this);
        m_from->setLabel(tr("Start of the period"));
        m_from->setDate(dateOf(claim.value(QStringLiteral("from"))));
        m_to = new DateEdit(this);
        m_to->setLabel(tr("End of the period"));
        m_to->setDate(dateOf(claim.value(QStringLiteral("to"))));
        form->addRow(tr("&From:"), m_from);
        form->addRow(tr("&To:"), m_to);
    }
    Qualifiers q;
    QList<Citation> cites;
    QString ignored;
    ClaimJson::readClaimFields(claim, &q, &cites, &ignored);
    m_qualifiers->setQualifiers(q);
    m_citations->setCitations(cites);

    auto *qualifiers = new QGroupBox(tr("How firmly it is said"), this);
    (new QVBoxLayout(qualifiers))->addWidget(m_qualifiers);
    auto *citations = new QGroupBox(tr("Citations"), this);
    (new QVBoxLayout(citations))->addWidget(m_citations);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClaimDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClaimDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(qualifiers);
    layout->addWidget(citations, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(640, 560);
}

bool ClaimDialog::read(QJsonObject *out, QString *error) const
{
    // Fields this form does not show stay as they were.
    QJsonObject json = m_claim;
    const auto put = [&json](const char *key, const QString &value) {
        if (value.trimmed().isEmpty())
            json.remove(QLatin1String(key));
        else
            json.insert(QLatin1String(key), value.trimmed());
    };
    const auto putDate = [&](const char *key, DateEdit *edit) {
        FuzzyDate d;
        if (!edit->date(&d, error))
            return false;
        if (d.isValid())
            json.insert(QLatin1String(key), ClaimJson::toJson(d));
        else
            json.remove(QLatin1String(key));
        return true;
    };
    switch (m_kind) {
    case Kind::Alias:
        put("text", m_main->text());
        put("lang", m_language->currentText());
        put("script", m_script->currentText());
        if (m_main->text().trimmed().isEmpty()) {
            *error = tr("A spelling needs its text.");
            return false;
        }
        break;
    case Kind::Attribute:
        put("key", m_main->text());
        put("value", m_value->text());
        if (m_main->text().trimmed().isEmpty()) {
            *error = tr("An attribute needs a key.");
            return false;
        }
        break;
    case Kind::Relation:
        json.insert(QStringLiteral("subject"), m_subject);
        put("predicate", m_main->text());
        put("object", m_object->entityId());
        if (m_main->text().trimmed().isEmpty() || m_object->entityId().isEmpty()) {
            *error = tr("A relation needs a predicate and the other entity.");
            return false;
        }
        break;
    case Kind::Date:
        if (!putDate("date", m_date))
            return false;
        if (!json.contains(QStringLiteral("date"))) {
            *error = tr("Write the date, or cancel.");
            return false;
        }
        break;
    }
    if (m_from && (!putDate("from", m_from) || !putDate("to", m_to)))
        return false;
    const QJsonObject fields = ClaimJson::claimFields(m_qualifiers->qualifiers(), m_citations->citations());
    for (const char *key : { "status", "accordingTo", "former", "note", "citations", "citation" })
        json.remove(QLatin1String(key));
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        json.insert(it.key(), it.value());
    *out = json;
    return true;
}

void ClaimDialog::accept()
{
    QJsonObject json;
    QString error;
    if (!read(&json, &error)) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    m_claim = json;
    QDialog::accept();
}

} // namespace tkb
