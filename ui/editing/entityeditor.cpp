// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/edit/documentdiff.h>
#include <core/import/articleimporter.h>
#include <core/model/claimjson.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/claimtable.h>
#include <ui/editing/conflictdialog.h>
#include <ui/editing/editsession.h>
#include <ui/editing/entityeditor.h>
#include <ui/editing/linktextedit.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tkb {

namespace {

template <typename T> QList<QJsonObject> toJson(const QList<T> &claims)
{
    QList<QJsonObject> out;
    for (const T &c : claims)
        out << ClaimJson::toJson(c);
    return out;
}

template <typename T> bool fromJson(const QList<QJsonObject> &json, QList<T> *out, const QString &what, QString *error)
{
    out->clear();
    for (const QJsonObject &o : json) {
        T claim;
        QString why;
        if (!ClaimJson::fromJson(o, &claim, &why)) {
            *error = EntityEditor::tr("%1: %2").arg(what, why);
            return false;
        }
        out->append(claim);
    }
    return true;
}

QLabel *hint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

EntityEditor *EntityEditor::edit(QWidget *parent, EditSession *session, const QString &id)
{
    if (!session || !session->canEdit() || id.isEmpty())
        return nullptr;
    const std::optional<EntityDocument> doc = session->knowledgeBase()->document(id);
    if (!doc)
        return nullptr;
    auto *editor = new EntityEditor(session, *doc, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

EntityEditor *EntityEditor::create(QWidget *parent, EditSession *session, const QString &name, const Citation &cite)
{
    if (!session || !session->canEdit())
        return nullptr;
    EntityDocument doc;
    doc.entity.kind = EntityKind::Person;
    doc.entity.name = name.simplified();
    if (cite.isValid())
        doc.entity.citations = { cite };
    auto *editor = new EntityEditor(session, doc, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
    return editor;
}

EntityEditor::EntityEditor(EditSession *session, const EntityDocument &before, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_before(before)
    , m_baseRevision(before.entity.id.isEmpty() ? 0 : session->newestRevision(before.entity.id))
    , m_name(new QLineEdit(before.entity.name, this))
    , m_kind(new QComboBox(this))
    , m_id(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_aliases(new ClaimTable(ClaimDialog::Kind::Alias, session->knowledgeBase(), this))
    , m_summary(new LinkTextEdit(session->knowledgeBase(), this))
    , m_body(new LinkTextEdit(session->knowledgeBase(), this))
    , m_attributes(new ClaimTable(ClaimDialog::Kind::Attribute, session->knowledgeBase(), this))
    , m_relations(new ClaimTable(ClaimDialog::Kind::Relation, session->knowledgeBase(), this))
    , m_dates(new ClaimTable(ClaimDialog::Kind::Date, session->knowledgeBase(), this))
    , m_citations(new QLabel(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(QStringLiteral("entityEditor"));
    setWindowTitle(isNew() ? tr("New Entity") : tr("Edit %1").arg(before.entity.name));
    for (EntityKind k : allEntityKinds()) {
        // Sources come with their text: they are added as sources, and stay sources.
        if (k != EntityKind::Source || before.entity.kind == EntityKind::Source)
            m_kind->addItem(entityKindName(k), int(k));
    }
    m_kind->setCurrentIndex(m_kind->findData(int(before.entity.kind)));
    m_kind->setEnabled(before.entity.kind != EntityKind::Source);
    m_name->setAccessibleName(tr("Name"));
    m_kind->setAccessibleName(tr("Kind"));
    m_id->setTextFormat(Qt::PlainText);
    m_id->setWordWrap(true);
    m_id->setForegroundRole(QPalette::PlaceholderText);

    auto *head = new QFormLayout;
    head->addRow(tr("&Name:"), m_name);
    head->addRow(tr("&Kind:"), m_kind);
    head->addRow(QString(), m_id);

    m_aliases->setClaims(toJson(before.entity.aliases));
    m_attributes->setClaims(toJson(before.entity.attributes));
    m_relations->setClaims(toJson(before.relations));
    m_relations->setSubject(before.entity.id);
    m_dates->setClaims(toJson(before.entity.dates));
    m_aliases->table()->setAccessibleName(tr("Other spellings"));
    m_attributes->table()->setAccessibleName(tr("Attributes"));
    m_relations->table()->setAccessibleName(tr("Relations"));
    m_dates->table()->setAccessibleName(tr("Dates"));

    auto *names = new QWidget(this);
    auto *namesLayout = new QVBoxLayout(names);
    namesLayout->addWidget(hint(tr("Every other way the name is written, in any language and script: each is found "
                                   "by search and by typing."),
        names));
    namesLayout->addWidget(m_aliases, 1);

    m_summary->setPlainText(before.entity.summary);
    m_body->setPlainText(before.entity.body);
    m_summary->setAccessibleName(tr("Summary"));
    m_body->setAccessibleName(tr("Text"));
    m_summary->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    auto *text = new QWidget(this);
    auto *textForm = new QFormLayout(text);
    textForm->addRow(hint(tr("Type [[ and a name in any spelling to link another entity."), text));
    textForm->addRow(tr("S&ummary:"), m_summary);
    textForm->addRow(tr("&Text:"), m_body);
    m_citations->setWordWrap(true);
    m_citations->setTextFormat(Qt::PlainText);
    QStringList cited;
    for (const Citation &c : before.entity.citations)
        cited << tr("“%1” (%2)").arg(c.sentence, c.source);
    m_citations->setText(cited.isEmpty() ? tr("The entity itself cites no passage.")
                                         : tr("The entity rests on: %1").arg(cited.join(QStringLiteral("; "))));
    textForm->addRow(m_citations);

    m_tabs->addTab(names, tr("S&pellings"));
    m_tabs->addTab(text, tr("Te&xt"));
    m_tabs->addTab(m_attributes, tr("Attri&butes"));
    m_tabs->addTab(m_relations, tr("Re&lations"));
    m_tabs->addTab(m_dates, tr("Dat&es"));

    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(isNew() ? tr("C&reate") : tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EntityEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EntityEditor::reject);
    connect(m_name, &QLineEdit::textChanged, this, &EntityEditor::updateId);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EntityEditor::updateId);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setTabOrder({ m_name, m_kind, m_tabs });
    m_tabs->setCurrentIndex(0);
    m_name->setFocus(Qt::OtherFocusReason);
    updateId();
    resize(760, 560);
}

QString EntityEditor::targetId() const
{
    const EntityKind kind = EntityKind(m_kind->currentData().toInt());
    if (!isNew() && kind == m_before.entity.kind)
        return m_before.entity.id;
    return entityKindId(kind) + u'/' + ArticleImporter::slug(m_name->text());
}

void EntityEditor::updateId()
{
    const QString id = targetId();
    const KnowledgeBase *kb = m_session->knowledgeBase();
    QString text;
    if (isNew())
        text = tr("Its id will be %1.").arg(id);
    else if (id == m_before.entity.id)
        text = tr("Id: %1").arg(id);
    else
        text = tr("An id begins with the kind, so it cannot change: %1 will be made as %2, and %1 merged into it "
                  "(links and relations to it follow).")
                   .arg(m_before.entity.id, id);
    if (id != m_before.entity.id && kb && kb->contains(id))
        text += u' ' + tr("That id is taken by “%1”: choose another name.").arg(kb->name(id));
    m_id->setText(text);
}

bool EntityEditor::document(const QString &id, EntityDocument *out, QString *error) const
{
    EntityDocument doc = m_before;
    doc.entity.id = id;
    doc.entity.kind = EntityKind(m_kind->currentData().toInt());
    doc.entity.name = m_name->text().simplified();
    doc.entity.summary = m_summary->toPlainText().trimmed();
    doc.entity.body = m_body->toPlainText().trimmed();
    QList<QJsonObject> relations = m_relations->claims();
    for (QJsonObject &r : relations)
        r.insert(QStringLiteral("subject"), id);
    if (!fromJson(m_aliases->claims(), &doc.entity.aliases, tr("A spelling"), error)
        || !fromJson(m_attributes->claims(), &doc.entity.attributes, tr("An attribute"), error)
        || !fromJson(relations, &doc.relations, tr("A relation"), error)
        || !fromJson(m_dates->claims(), &doc.entity.dates, tr("A date"), error))
        return false;
    *out = doc;
    return true;
}

bool EntityEditor::changes(QJsonArray *out, QString *error) const
{
    if (m_name->text().trimmed().isEmpty()) {
        *error = tr("The entity needs a name.");
        return false;
    }
    const QString id = targetId();
    const KnowledgeBase *kb = m_session->knowledgeBase();
    if (id != m_before.entity.id && kb && kb->contains(id)) {
        *error = tr("The id %1 is taken by “%2”. Choose another name, or merge the two.").arg(id, kb->name(id));
        return false;
    }
    EntityDocument after;
    if (isNew()) {
        if (!document(id, &after, error))
            return false;
        *out = QJsonArray { DocumentDiff::create(after) };
        return true;
    }
    // The entity as it is to be, under its own id: what the form changed, claim by claim.
    if (!document(m_before.entity.id, &after, error))
        return false;
    after.entity.kind = m_before.entity.kind;
    QJsonArray list = DocumentDiff::changes(m_before, after);
    if (id != m_before.entity.id) {
        // Another kind is another id: a new entity with the name and text, and the old one merged into it, which
        // brings its claims and citations and re-points every link and relation to it.
        EntityDocument made;
        made.entity.id = id;
        made.entity.kind = EntityKind(m_kind->currentData().toInt());
        made.entity.name = after.entity.name;
        made.entity.summary = after.entity.summary;
        made.entity.body = after.entity.body;
        list.append(DocumentDiff::create(made));
        list.append(QJsonObject { { QStringLiteral("op"), QStringLiteral("merge") },
            { QStringLiteral("id"), m_before.entity.id }, { QStringLiteral("into"), id } });
    }
    *out = list;
    return true;
}

bool EntityEditor::isModified() const
{
    if (isNew()) {
        return !m_name->text().trimmed().isEmpty() || !m_summary->toPlainText().trimmed().isEmpty()
            || !m_body->toPlainText().trimmed().isEmpty() || !m_aliases->claims().isEmpty()
            || !m_attributes->claims().isEmpty() || !m_relations->claims().isEmpty() || !m_dates->claims().isEmpty();
    }
    QJsonArray list;
    QString error;
    return !changes(&list, &error) || !list.isEmpty();
}

void EntityEditor::reject()
{
    if (!isModified()) {
        QDialog::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, windowTitle(), tr("Throw away what you changed in this form?"),
        QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardBox"));
    box->button(QMessageBox::Cancel)->setText(tr("&Keep Editing"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box](QAbstractButton *button) {
        if (button == box->button(QMessageBox::Discard))
            QDialog::reject();
    });
    box->open();
}

void EntityEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void EntityEditor::accept()
{
    QJsonArray list;
    QString error;
    if (!changes(&list, &error)) {
        showError(error);
        return;
    }
    const QString id = targetId();
    if (list.isEmpty()) {
        QDialog::accept();
        return;
    }
    if (!isNew()) {
        const qint64 newest = m_session->newestRevision(m_before.entity.id);
        if (newest != m_baseRevision && !resolveConflict(list, newest))
            return;
        // The store refuses the edit if yet another change comes in before it is written.
        for (auto &&change : list) {
            QJsonObject o = change.toObject();
            if (o.value(QStringLiteral("id")).toString() == m_before.entity.id)
                o.insert(QStringLiteral("ifRevision"), m_baseRevision);
            change = o;
        }
    }
    const QString name = m_name->text().simplified();
    const QString text = isNew() ? tr("Create %1").arg(name) : tr("Edit %1").arg(name);
    if (!m_session->apply(list, text, text, &error)) {
        showError(tr("The knowledge base did not take the edit: %1").arg(error));
        return;
    }
    Q_EMIT saved(id);
    QDialog::accept();
}

bool EntityEditor::resolveConflict(const QJsonArray &changes, qint64 newest)
{
    const QString id = m_before.entity.id;
    const KnowledgeBase *kb = m_session->knowledgeBase();
    const std::optional<EntityDocument> now = kb ? kb->document(id) : std::nullopt;
    // What would be saved: the form's changes worked out on the entity as it is now.
    QString why;
    std::optional<EntityDocument> mine;
    if (const auto set = EditSession::changeSet(changes, QString(), &why)) {
        if (const auto made = m_session->preview(*set, &why)) {
            for (const DocumentChange &c : *made) {
                if (c.id == id || (c.after && id != targetId() && c.id == targetId()))
                    mine = c.after;
            }
        }
    }
    ConflictDialog dialog(kb, now, m_session->revisionsSince(id, m_baseRevision), mine, why, this);
    dialog.exec();
    switch (dialog.choice()) {
    case ConflictDialog::Choice::SaveMine:
        m_baseRevision = newest; // seen: the edit goes on top of it
        return true;
    case ConflictDialog::Choice::DiscardMine:
        QDialog::reject();
        return false;
    case ConflictDialog::Choice::KeepEditing:
        break;
    }
    return false;
}

} // namespace tkb
