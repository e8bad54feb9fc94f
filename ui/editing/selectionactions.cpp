// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/document/articlesource.h>
#include <core/document/pagebuilder.h>
#include <core/model/claimjson.h>
#include <core/model/wikilink.h>
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/editsession.h>
#include <ui/editing/entityfield.h>
#include <ui/editing/selectionactions.h>
#include <ui/editing/selectiontargetdialog.h>
#include <ui/pages/linkbrowser.h>
#include <ui/sidebar/sidebardock.h>

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QTextBlock>
#include <QTextCursor>

namespace tkb {

namespace {

SelectionActions::NewEntityHandler &newEntityHandler()
{
    static SelectionActions::NewEntityHandler handler;
    return handler;
}

// The entity last cited for, offered again: a researcher usually cites several passages for one entry.
QString &lastEntity()
{
    static QString id;
    return id;
}

QString shortened(const QString &text)
{
    // Cut at a word, so the undo step names whole words.
    const QString s = text.simplified();
    if (s.size() <= 60)
        return s;
    const qsizetype space = s.lastIndexOf(u' ', 60);
    return s.left(space > 30 ? space : 60) + QChar(0x2026);
}

// A first-strong isolate: an English passage ending in "…" inside a Persian sentence keeps its own order.
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

void SelectionActions::setNewEntityHandler(NewEntityHandler handler)
{
    newEntityHandler() = std::move(handler);
}

SelectionActions::SelectionActions(LinkBrowser *browser, KnowledgeBase *kb, EditSession *edits)
    : QObject(browser)
    , cite(new QAction(this))
    , link(new QAction(this))
    , newEntity(new QAction(this))
    , m_browser(browser)
    , m_kb(kb)
    , m_edits(edits)
{
    cite->setObjectName(QStringLiteral("actionCiteSelection"));
    link->setObjectName(QStringLiteral("actionLinkSelection"));
    newEntity->setObjectName(QStringLiteral("actionNewEntityFromSelection"));
    connect(cite, &QAction::triggered, this, [this] { citeSelection(); });
    connect(link, &QAction::triggered, this, [this] { linkSelection(); });
    connect(newEntity, &QAction::triggered, this, &SelectionActions::newEntityFromSelection);
    browser->setContextMenuHook([this](QMenu *menu) { addTo(menu); });
    update();
}

void SelectionActions::showSource(const QString &sourceId, const QString &section)
{
    m_isSource = true;
    m_sourceId = sourceId;
    m_section = section;
    m_entityId.clear();
}

void SelectionActions::showEntity(const QString &id)
{
    m_isSource = false;
    m_entityId = id;
}

void SelectionActions::update()
{
    // Mnemonics apart from the standard menu's Copy, Copy Link Location and Select All.
    cite->setText(tr("C&ite for…"));
    link->setText(tr("Lin&k to…"));
    newEntity->setText(tr("&New Entity from Selection…"));
    const bool selected = m_browser->textCursor().hasSelection();
    const bool writable = m_edits && m_edits->canEdit();
    QString why;
    if (!writable)
        why = tr("This knowledge base is open read-only: it cannot be changed here.");
    else if (!m_kb || !m_kb->isVerified()) // as the Edit menu: no edit goes into a file not yet checked
        why = tr("The knowledge base is still being checked; it can be changed once that is done.");
    else if (!selected)
        why = tr("Select words of the text first.");
    const auto set = [](QAction *a, const QString &reason, const QString &tip) {
        a->setEnabled(reason.isEmpty());
        a->setStatusTip(reason.isEmpty() ? tip : reason);
        a->setToolTip(a->statusTip());
    };
    set(cite,
        !why.isEmpty()   ? why
            : m_isSource ? QString()
                         : tr("Only a source's text can be cited: open the source and select the passage there."),
        tr("Attach the selected passage as a citation to a claim of an entity"));
    set(link, why, tr("Make the selected words a link to an entity"));
    set(newEntity,
        !why.isEmpty()           ? why
            : newEntityHandler() ? QString()
                                 : tr("The entity form is not available in this window."),
        tr("Create an entity named by the selected words, resting on them"));
}

void SelectionActions::addTo(QMenu *menu)
{
    update();
    menu->setToolTipsVisible(true);
    menu->addSeparator();
    menu->addAction(cite);
    menu->addAction(link);
    menu->addAction(newEntity);
}

SelectionActions::Fields SelectionActions::fields() const
{
    Fields f;
    if (!m_kb)
        return f;
    if (m_isSource) {
        const std::optional<SourceDocument> doc = ArticleSource::find(m_kb, m_sourceId);
        if (!doc)
            return f;
        f.owner = doc->id;
        const Section *only = m_section.isEmpty() ? nullptr : PageBuilder::findSection(*doc, m_section);
        for (const Section &s : doc->sections) {
            if (only && s.id != only->id)
                continue;
            f.fields << PassageLocator::Field { s.title, s.text };
            f.keys << s.id;
        }
        return f;
    }
    const std::optional<Entity> e = m_kb->entity(m_entityId);
    if (!e)
        return f;
    f.owner = e->id;
    f.fields << PassageLocator::Field { tr("summary"), e->summary } << PassageLocator::Field { tr("text"), e->body };
    f.keys << QStringLiteral("summary") << QStringLiteral("body");
    return f;
}

QString SelectionActions::defaultEntity() const
{
    const auto usable = [this](const QString &id) {
        return !id.isEmpty() && m_kb->contains(id) && !id.startsWith(QLatin1String("source/"));
    };
    if (const auto *sidebar = m_browser->window()->findChild<SidebarDock *>(); sidebar && usable(sidebar->entityId()))
        return sidebar->entityId();
    if (!m_isSource && usable(m_entityId))
        return m_entityId;
    // A name linked inside the passage is likely what it is about.
    const QTextCursor c = m_browser->textCursor();
    for (QTextBlock b = c.document()->findBlock(c.selectionStart()); b.isValid() && b.position() < c.selectionEnd();
        b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment frag = it.fragment();
            if (frag.position() + frag.length() <= c.selectionStart() || frag.position() >= c.selectionEnd())
                continue;
            const KbAddress a = KbAddress::parse(QUrl(frag.charFormat().anchorHref()));
            if (a.type() == KbAddress::Type::Entity && usable(a.entityId()))
                return a.entityId();
        }
    }
    return usable(lastEntity()) ? lastEntity() : QString();
}

void SelectionActions::tell(const QString &text)
{
    if (m_message)
        m_message->deleteLater();
    m_message = new QMessageBox(QMessageBox::Information, tr("Selection"), text, QMessageBox::Ok, m_browser->window());
    m_message->setObjectName(QStringLiteral("selectionMessage"));
    m_message->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_message, &QObject::destroyed, this, [this, box = m_message] {
        if (m_message == box)
            m_message = nullptr;
    });
    m_message->open();
}

SelectionTargetDialog *SelectionActions::citeSelection()
{
    update();
    if (!cite->isEnabled()) {
        tell(cite->statusTip());
        return nullptr;
    }
    const Fields f = fields();
    const PassageLocator::Place place = PassageLocator(f.fields).locate(m_browser->textCursor());
    if (!place.isValid()) {
        tell(place.error);
        return nullptr;
    }
    const Citation citation { f.owner, f.fields[place.field].title, place.passage };
    auto *dialog
        = new SelectionTargetDialog(SelectionTargetDialog::Mode::Cite, m_kb, place.passage, m_browser->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setEntityId(defaultEntity());
    dialog->setCommit([this, citation](const QString &id, const ClaimCitation::Target &target) {
        const std::optional<EntityDocument> doc = m_kb->document(id);
        if (!doc)
            return tr("%1 is no longer in the knowledge base.").arg(id);
        QString error;
        const QJsonArray changes = ClaimCitation::changes(*doc, target, citation, &error);
        if (changes.isEmpty())
            return error;
        const QString text
            = tr("Cite “%1” for %2").arg(isolated(shortened(citation.sentence)), isolated(doc->entity.name));
        if (!m_edits->apply(changes, text, text, &error))
            return error;
        lastEntity() = id;
        return QString();
    });
    dialog->open();
    return dialog;
}

QString SelectionActions::linkCommit(const Fields &f, const PassageLocator::Place &place, const QString &target)
{
    const QString raw = f.fields[place.field].text;
    const QString words = raw.mid(place.start, place.end - place.start);
    const QString text = raw.left(place.start) + QStringLiteral("[[%1|%2]]").arg(target, words) + raw.mid(place.end);
    QJsonObject change;
    if (m_isSource) {
        // A source's text has no edit of its own: its whole document is put back with the section changed.
        std::optional<EntityDocument> doc = m_kb->document(f.owner);
        if (!doc || !doc->source)
            return tr("The text of %1 is not in the knowledge base.").arg(f.owner);
        bool found = false;
        for (Section &s : doc->source->sections) {
            if (s.id == f.keys[place.field] && s.text == raw) {
                s.text = text;
                found = true;
            }
        }
        if (!found)
            return tr("The text was changed meanwhile: select the words again.");
        change = QJsonObject { { QStringLiteral("op"), QStringLiteral("put") }, { QStringLiteral("id"), f.owner },
            { QStringLiteral("document"), doc->toJson() } };
    } else {
        change = QJsonObject { { QStringLiteral("op"), QStringLiteral("edit") }, { QStringLiteral("id"), f.owner },
            { QStringLiteral("set"), QJsonObject { { f.keys[place.field], text } } } };
    }
    const QString name = m_kb->name(target).isEmpty() ? target : m_kb->name(target);
    const QString undoText = tr("Link “%1” to %2").arg(isolated(shortened(words)), isolated(name));
    QString error;
    if (!m_edits->apply(QJsonArray { change }, undoText, undoText, &error))
        return error;
    return {};
}

SelectionTargetDialog *SelectionActions::linkSelection()
{
    update();
    if (!link->isEnabled()) {
        tell(link->statusTip());
        return nullptr;
    }
    const Fields f = fields();
    const PassageLocator::Place place = PassageLocator(f.fields).locate(m_browser->textCursor());
    if (!place.isValid()) {
        tell(place.error);
        return nullptr;
    }
    if (!place.plain) {
        tell(tr("Only plain words of one line can become a link: the selection takes in a link, emphasis or a "
                "line break."));
        return nullptr;
    }
    const QString words = f.fields[place.field].text.mid(place.start, place.end - place.start);
    auto *dialog = new SelectionTargetDialog(SelectionTargetDialog::Mode::Link, m_kb, words, m_browser->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The words themselves are the likeliest name of what they should link to.
    dialog->entityField()->setText(words);
    dialog->entityField()->selectAll();
    dialog->setCommit(
        [this, f, place](const QString &id, const ClaimCitation::Target &) { return linkCommit(f, place, id); });
    dialog->open();
    return dialog;
}

void SelectionActions::newEntityFromSelection()
{
    update();
    if (!newEntity->isEnabled()) {
        tell(newEntity->statusTip());
        return;
    }
    const QString name = PassageLocator::selectedText(m_browser->textCursor()).simplified();
    Citation citation;
    if (m_isSource) {
        // The selected name is a passage of the source too: the new entity rests on it where it can.
        const Fields f = fields();
        const PassageLocator::Place place = PassageLocator(f.fields).locate(m_browser->textCursor());
        if (place.isValid())
            citation = Citation { f.owner, f.fields[place.field].title, place.passage };
    }
    newEntityHandler()(m_browser->window(), m_edits, name, citation);
}

} // namespace tkb
