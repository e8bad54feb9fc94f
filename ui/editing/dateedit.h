// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A date as precisely as the source gives it: its notation (EDTF, "1993", "2019-early", "[..2004]" ...) with a
// choice of form (day, month, year, part of a year, range, open range, before, after), circa and uncertain, and a
// preview in plain words.
#include <core/model/fuzzydate.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace tkb {

class DateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);

    void setDate(const FuzzyDate &date);
    /// The date written (invalid when the field is empty); false with error when the notation is not one.
    bool date(FuzzyDate *out, QString *error) const;
    QLineEdit *field() const { return m_field; }
    /// Names the date for screen readers and messages ("Start of the period").
    void setLabel(const QString &label);

private:
    enum Form { Keep, Day, Month, Year, Beginning, Middle, End, Range, From, Until, Before, After };
    void update();
    void applyForm(int index);
    void applyMarks();

    QLineEdit *m_field;
    QComboBox *m_form;
    QCheckBox *m_circa;
    QCheckBox *m_uncertain;
    QLabel *m_preview;
    QString m_words; ///< the source's own wording of the date it was given, kept while the notation stays
    QString m_wordsFor;
    QString m_label;
};

} // namespace tkb
