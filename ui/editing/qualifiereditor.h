// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How firmly a claim is made: its status, according to whom, whether it held once and no longer, and a note.
#include <core/model/qualifiers.h>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace tkb {

class EntityLineEdit;
class KnowledgeBase;

class QualifierEditor : public QWidget
{
    Q_OBJECT

public:
    explicit QualifierEditor(KnowledgeBase *kb, QWidget *parent = nullptr);

    void setQualifiers(const Qualifiers &q);
    Qualifiers qualifiers() const;

private:
    QComboBox *m_status;
    EntityLineEdit *m_accordingTo;
    QCheckBox *m_former;
    QLineEdit *m_note;
};

} // namespace tkb
