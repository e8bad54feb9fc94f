// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/store/changenotifier.h>
#include <core/store/knowledgebase.h>
#include <ui/editing/changebanner.h>

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace tkb {

ChangeBanner::ChangeBanner(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_refresh(new QPushButton(this))
    , m_timer(new QTimer(this))
    , m_settle(new QTimer(this))
{
    setObjectName(QStringLiteral("changeBanner"));
    m_refresh->setObjectName(QStringLiteral("changeBannerRefresh"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_text->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_refresh);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT refreshRequested();
    });
    m_timer->setInterval(2000);
    connect(m_timer, &QTimer::timeout, this, &ChangeBanner::poll);
    m_settle->setSingleShot(true);
    m_settle->setInterval(100);
    connect(m_settle, &QTimer::timeout, this, &ChangeBanner::followLiveChange);
    retranslate();
    hide();
}

void ChangeBanner::setKnowledgeBase(KnowledgeBase *kb)
{
    m_kb = kb;
    hide();
    m_settle->stop();
    delete m_notifier;
    m_notifier = kb ? new ChangeNotifier(*kb, this) : nullptr;
    m_seen = kb ? kb->dataVersion() : -1;
    if (isLive()) {
        m_timer->stop();
        // The first change of a burst starts the wait and the rest join it: a steady stream of commits still
        // brings an update every so often rather than putting it off for ever.
        connect(m_notifier, &ChangeNotifier::changed, m_settle, [this] {
            if (!m_settle->isActive())
                m_settle->start();
        });
    } else if (kb) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

bool ChangeBanner::isLive() const
{
    return m_notifier && m_notifier->isLive();
}

void ChangeBanner::followLiveChange()
{
    // Not under an open editor, dialog or menu: what the reader works on must not move, nor the page they edit
    // change beneath the form without their knowing. The bar tells them; the update follows once they are done.
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget()) {
        show();
        m_settle->start(500);
        return;
    }
    m_settle->setInterval(100);
    hide();
    Q_EMIT refreshRequested();
}

void ChangeBanner::setInterval(int msec)
{
    m_timer->setInterval(msec);
}

void ChangeBanner::poll()
{
    if (!m_kb || isLive())
        return;
    const qint64 now = m_kb->dataVersion();
    if (now == m_seen || now < 0)
        return;
    m_seen = now;
    show();
}

void ChangeBanner::retranslate()
{
    m_text->setText(tr("Another window or program has changed this knowledge base. The pages show it as it was."));
    m_refresh->setText(tr("&Show Changes"));
    m_refresh->setToolTip(tr("Read the knowledge base again and update every open page"));
    setAccessibleName(tr("The knowledge base has changed"));
}

void ChangeBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace tkb
