// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tab with one entity's history: its revisions (time, author, action, comment), the changes of it that did not
// apply and why, a side-by-side diff of any two of its states, and reverting to or undoing a revision.
#include <core/store/revision.h>
#include <ui/shell/tabpage.h>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace tkb {

class DiffModel;
class EditSession;
class KnowledgeBase;

class HistoryPage : public TabPage
{
    Q_OBJECT
public:
    /// edits null: the page only shows (no revert).
    HistoryPage(KnowledgeBase *kb, EditSession *edits, const QString &id, QWidget *parent = nullptr);

    QUrl address() const override;
    QString title() const override;
    QString currentEntityId() const override { return m_id; }
    void setZoom(int steps) override;
    void reload() override;

    /// The state ids the comparison boxes offer: "current", "r<revision>" (right after it), "base" (right before
    /// the first revision).
    static QString currentState() { return QStringLiteral("current"); }
    static QString afterState(qint64 revision) { return QStringLiteral("r%1").arg(revision); }
    static QString baseState() { return QStringLiteral("base"); }
    /// Compares state left with state right (ids as above); false when either is not offered.
    bool compare(const QString &left, const QString &right);
    /// A revision's action ("edit", "delete", …) in words ("edited", "deleted", …).
    static QString actionName(const QString &action);

    QTreeWidget *revisionList() const { return m_revisions; }
    QTreeWidget *notAppliedList() const { return m_notApplied; }
    QComboBox *leftBox() const { return m_leftBox; }
    QComboBox *rightBox() const { return m_rightBox; }
    QTableView *diffView() const { return m_diffView; }
    DiffModel *diffModel() const { return m_diff; }
    QPushButton *revertButton() const { return m_revertButton; }
    QPushButton *undoButton() const { return m_undoButton; }
    QLabel *messageLabel() const { return m_message; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    void retranslate();
    void updateHeading();
    void fillStates();
    void selectionToStates();
    void showDiff();
    void updateButtons();
    void revert(bool undo);
    qint64 currentRevision() const;
    const Revision *revisionById(qint64 id) const;
    QStringList stateLines(const QString &state) const;
    QString stateTitle(const QString &state) const;
    QString when(const QDateTime &time) const;

    KnowledgeBase *m_kb;
    EditSession *m_edits;
    QString m_id;
    QString m_name;
    QList<Revision> m_history; ///< oldest first, as the base gives them
    QLabel *m_heading;
    QLabel *m_revisionsLabel;
    QTreeWidget *m_revisions;
    QLabel *m_notAppliedLabel;
    QTreeWidget *m_notApplied;
    QLabel *m_compareLabel;
    QComboBox *m_leftBox;
    QLabel *m_withLabel;
    QComboBox *m_rightBox;
    QLabel *m_summary;
    QTableView *m_diffView;
    DiffModel *m_diff;
    QPushButton *m_revertButton;
    QPushButton *m_undoButton;
    QLabel *m_message;
    QFont m_baseFont;
    bool m_updating = false;
};

} // namespace tkb
