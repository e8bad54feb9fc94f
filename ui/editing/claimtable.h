// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The claims of one kind an entity has (its spellings, attributes, relations or dates), one a row with what
// qualifies it, and buttons to add, change and remove them (Insert, Enter and Delete on the table); each is changed
// in a ClaimDialog.
#include <ui/editing/claimdialog.h>

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QPushButton;
class QTableWidget;

namespace tkb {

class KnowledgeBase;

class ClaimTable : public QWidget
{
    Q_OBJECT

public:
    ClaimTable(ClaimDialog::Kind kind, KnowledgeBase *kb, QWidget *parent = nullptr);

    /// The subject of relations added here.
    void setSubject(const QString &id) { m_subject = id; }
    void setClaims(const QList<QJsonObject> &claims);
    QList<QJsonObject> claims() const { return m_claims; }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    /// Opens the form for a new claim (row -1) or the one in row; the table follows when it is accepted.
    ClaimDialog *openDialog(int row);

Q_SIGNALS:
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    QStringList columns() const;
    QStringList cells(const QJsonObject &claim) const;

    ClaimDialog::Kind m_kind;
    KnowledgeBase *m_kb;
    QString m_subject;
    QList<QJsonObject> m_claims;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace tkb
