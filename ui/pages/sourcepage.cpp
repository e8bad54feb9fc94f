// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/articletext.h>
#include <core/render/kbaddress.h>
#include <core/store/knowledgebase.h>
#include <ui/pages/articlepage.h>
#include <ui/pages/sourcepage.h>
#include <ui/pages/syntaxrepository.h>

#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

namespace tkb {

SourcePage::SourcePage(KnowledgeBase *kb, const QString &entityId, QWidget *parent)
    : TabPage(parent)
    , m_kb(kb)
    , m_entityId(entityId)
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document()))
{
    m_editor->setObjectName(QStringLiteral("sourceText"));
    m_editor->setReadOnly(true);
    m_editor->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setFrameShape(QFrame::NoFrame);
    m_editor->document()->setDocumentMargin(10);
    m_baseFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // The highlighter is the page's child too, so it can be found with findChild().
    m_highlighter->setParent(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor);
    setFocusProxy(m_editor);

    m_highlighter->setDefinition(SyntaxRepository::instance().definitionForName(syntaxName()));
    applyTheme();
    setZoom(0);
    load();
    retranslate();
}

QString SourcePage::syntaxName() const
{
    return m_entityId.isEmpty() ? QStringLiteral("MediaWiki") : QStringLiteral("Markdown");
}

QUrl SourcePage::address() const
{
    return m_entityId.isEmpty() ? KbAddress::articleSource() : KbAddress::entitySource(m_entityId);
}

QString SourcePage::title() const
{
    return tr("Source: %1").arg(m_name.isEmpty() ? m_entityId : m_name);
}

void SourcePage::setZoom(int steps)
{
    QFont f = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 10.0;
    f.setPointSizeF(qMax(base * 0.5, base + steps));
    m_editor->setFont(f);
}

void SourcePage::reload()
{
    const int v = m_editor->verticalScrollBar()->value();
    load();
    m_editor->verticalScrollBar()->setValue(v);
}

void SourcePage::load()
{
    const QString oldName = m_name;
    QString text;
    if (m_entityId.isEmpty()) {
        const std::optional<SourceDocument> doc = ArticlePage::findDocument(m_kb, {});
        m_name = doc ? doc->title : QString();
        text = doc ? ArticleText::toMarkup(*doc) : QString();
    } else {
        const std::optional<Entity> e = m_kb ? m_kb->entity(m_entityId) : std::nullopt;
        m_name = e ? e->name : QString();
        text = e ? e->body : QString();
    }
    m_editor->setPlainText(text);
    if (m_name != oldName)
        Q_EMIT titleChanged();
}

void SourcePage::applyTheme()
{
    // The page's palette, not the editor's: on a change the page hears of it before its children do.
    // Re-highlights the whole document; cheap for an article-sized text.
    m_highlighter->setTheme(SyntaxRepository::instance().themeForPalette(palette()));
    m_highlighter->rehighlight();
}

void SourcePage::retranslate()
{
    m_editor->setAccessibleName(title());
    m_editor->setPlaceholderText(
        m_entityId.isEmpty() ? tr("This knowledge base holds no article.") : tr("This entry has no text of its own."));
}

void SourcePage::changeEvent(QEvent *event)
{
    TabPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyTheme();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
}

} // namespace tkb
