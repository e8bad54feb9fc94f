// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A field for naming another entity: typing any spelling of its name (any script, any alias) offers the entities
// it fits, and choosing one puts in its id.
#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace tkb {

class KnowledgeBase;

class EntityLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, LabelRole };

    explicit EntityLineEdit(KnowledgeBase *kb, QWidget *parent = nullptr);

    /// The id typed or chosen (the text, trimmed).
    QString entityId() const { return text().trimmed(); }
    /// Fills model with the entities whose names or aliases start with prefix, best first: shown as "name
    /// (spelling that matched) · id", with the id in IdRole and the matched spelling in LabelRole.
    static void fillModel(QStandardItemModel *model, const KnowledgeBase *kb, const QString &prefix, int limit = 12);

private:
    void offer(const QString &text);

    KnowledgeBase *m_kb;
    QStandardItemModel *m_model;
    QCompleter *m_completer;
};

} // namespace tkb
