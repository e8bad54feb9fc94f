// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A tab showing the text behind a page as stored: an entity's Markdown body, or the article written back in
// its own "== Section ==" format, read-only and syntax-highlighted in colours that follow the palette.
#include <ui/shell/tabpage.h>

class QPlainTextEdit;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace tkb {

class KnowledgeBase;

class SourcePage : public TabPage
{
    Q_OBJECT
public:
    /// entityId empty: the knowledge base's article.
    SourcePage(KnowledgeBase *kb, const QString &entityId, QWidget *parent = nullptr);

    QUrl address() const override;
    QString title() const override;
    QString currentEntityId() const override { return m_entityId; }
    void setZoom(int steps) override;
    void reload() override;

    QPlainTextEdit *editor() const { return m_editor; }
    /// "Markdown" or "MediaWiki": the syntax the text is highlighted as.
    QString syntaxName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void applyTheme();
    void retranslate();

    KnowledgeBase *m_kb;
    QString m_entityId;
    QString m_name;
    QPlainTextEdit *m_editor;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
    QFont m_baseFont;
};

} // namespace tkb
