// SPDX-License-Identifier: GPL-3.0-or-later
#include <core/render/htmlrenderer.h>
#include <core/render/kbaddress.h>
#include <core/render/readername.h>
#include <core/store/knowledgebase.h>
#include <core/store/neighbourquery.h>
#include <ui/accessibility/itemviewaccessible.h>
#include <ui/accessibility/tableswitch.h>
#include <ui/common/kindcolors.h>
#include <ui/graph/graphaccessible.h>
#include <ui/graph/graphedgeitem.h>
#include <ui/graph/graphnodeitem.h>
#include <ui/graph/graphpage.h>
#include <ui/graph/graphtable.h>
#include <ui/pages/linkbrowser.h>

#include <QContextMenuEvent>
#include <QEvent>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <cmath>
#include <numbers>

namespace tkb {

namespace {
constexpr double stepFactor = 1.15;
constexpr int groupAbove = 40; // more neighbours than this: one node per kind of relation, opened on demand
constexpr int rows = 10; // an opened group's entities stand in columns of so many
constexpr qreal columnWidth = 200;
constexpr qreal rowHeight = 64;

struct Neighbour
{
    QString id;
    QStringList labels;
    bool outgoing = false;
    bool incoming = false;
};
} // namespace

GraphPage::GraphPage(KnowledgeBase *kb, const QString &id, QWidget *parent)
    : TabPage(parent)
    , m_kb(kb)
    , m_id(id)
    , m_scene(new QGraphicsScene(this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_table(new GraphTable(this))
    , m_switch(new TableSwitch(m_view, m_table, this))
{
    GraphAccessible::install();
    m_view->setObjectName(QStringLiteral("graphView"));
    m_view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->viewport()->installEventFilter(this);
    m_view->viewport()->setMouseTracking(true);
    m_view->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_switch);
    setFocusProxy(m_switch);
    connect(m_switch, &TableSwitch::tableShownChanged, this, [this](bool shown) {
        if (shown)
            m_table->fill(m_kb, m_id);
    });
    connect(m_table, &GraphTable::entityActivated, this, &GraphPage::activateNode);
    m_baseFont = font();
    build();
}

QUrl GraphPage::address() const
{
    return KbAddress::graph(m_id);
}

QString GraphPage::title() const
{
    return tr("Graph: %1").arg(m_name.isEmpty() ? m_id : m_name);
}

QString GraphPage::currentEntityId() const
{
    // A group or "show more" is no entity: the page stands for its centre then.
    const bool entity
        = m_current >= 0 && m_current < m_nodes.size() && m_nodes[m_current]->look() == GraphNodeItem::Look::Entity;
    return entity ? m_nodes[m_current]->id() : m_id;
}

void GraphPage::setZoom(int steps)
{
    m_zoom = steps;
    applyTransform();
}

void GraphPage::reload()
{
    build();
    if (m_switch->isTableShown())
        m_table->fill(m_kb, m_id);
}

void GraphPage::build()
{
    const QString keep = m_current >= 0 && m_current < m_nodes.size() ? m_nodes[m_current]->id() : QString();
    const QString oldName = m_name;
    m_scene->clear();
    m_nodes.clear();
    m_edges.clear();
    m_current = -1;
    m_name = m_kb ? ReaderName::titledOf(*m_kb, m_id) : QString();
    const QPalette pal = palette();
    const QFont font = m_baseFont;

    const std::optional<Entity> centre = m_kb ? m_kb->entity(m_id) : std::nullopt;
    const QString centreName = m_kb ? ReaderName::of(*m_kb, m_id) : QString();
    auto *centreNode = new GraphNodeItem(
        m_id, centre ? centre->kind : EntityKind::Topic, centreName.isEmpty() ? m_id : centreName, true);
    if (!m_name.isEmpty())
        centreNode->setToolTip(m_name);
    centreNode->setFont(font);
    centreNode->setPalette(pal);
    m_scene->addItem(centreNode);
    m_nodes << centreNode;

    const int total = m_kb ? NeighbourQuery(*m_kb).neighbourCount(m_id) : 0;
    m_grouped = total > groupAbove;
    const int count = m_grouped ? buildGroups(centreNode) : buildNeighbours(centreNode);

    QRectF bounds = m_scene->itemsBoundingRect();
    if (count == 0) {
        auto *note = m_scene->addSimpleText(
            tr("No relations are recorded for %1.").arg(m_name.isEmpty() ? m_id : m_name), font);
        note->setBrush(KindColors::mix(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.4));
        note->setPos(-note->boundingRect().width() / 2, bounds.bottom() + 16);
        bounds = m_scene->itemsBoundingRect();
    }

    // Legend of the kinds shown, under the graph.
    QList<EntityKind> kinds;
    for (GraphNodeItem *n : std::as_const(m_nodes)) {
        if (n->look() == GraphNodeItem::Look::Entity && !kinds.contains(n->kind()))
            kinds << n->kind();
    }
    std::sort(kinds.begin(), kinds.end());
    const QFontMetricsF fm(font);
    qreal x = bounds.left();
    const qreal y = bounds.bottom() + 24;
    for (EntityKind k : std::as_const(kinds)) {
        auto *swatch = m_scene->addRect(
            QRectF(x, y, fm.height(), fm.height()), QPen(KindColors::accent(k, pal), 1.5), KindColors::fill(k, pal));
        swatch->setZValue(0);
        auto *label = m_scene->addSimpleText(entityKindName(k), font);
        label->setBrush(pal.color(QPalette::Text));
        label->setPos(x + fm.height() + 6, y);
        x += fm.height() + 6 + fm.horizontalAdvance(entityKindName(k)) + 20;
    }
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-24, -24, 24, 24));

    m_view->setAccessibleName(tr("Relations of %1").arg(m_name.isEmpty() ? m_id : m_name));
    m_view->setAccessibleDescription(m_grouped
            ? tr("%n related entries, grouped by relation. Arrow keys move between the groups and entries, Enter "
                 "shows a group's entries or opens an entry.",
                  nullptr, count)
            : tr("%n related entries. Arrow keys move between them, Enter opens one, the menu key offers more.",
                  nullptr, count));
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (!keep.isEmpty() && m_nodes[i]->id() == keep)
            setCurrentNode(int(i));
    }
    applyTransform();
    if (m_name != oldName)
        Q_EMIT titleChanged();
}

int GraphPage::buildNeighbours(GraphNodeItem *centreNode)
{
    const QPalette pal = palette();
    const QFont font = m_baseFont;
    // One neighbour per related entity, its relations read from the centre ("heads", "headed by").
    QList<Neighbour> neighbours;
    if (m_kb) {
        for (const Relation &r : m_kb->relations(m_id)) {
            const bool outgoing = r.subject == m_id;
            const QString other = outgoing ? r.object : r.subject;
            if (other == m_id)
                continue;
            auto it = std::find_if(
                neighbours.begin(), neighbours.end(), [&other](const Neighbour &n) { return n.id == other; });
            if (it == neighbours.end()) {
                neighbours.append(Neighbour { other, {}, false, false });
                it = neighbours.end() - 1;
            }
            const QString label = HtmlRenderer::relationLabel(r.predicate, !outgoing);
            if (!it->labels.contains(label))
                it->labels << label;
            (outgoing ? it->outgoing : it->incoming) = true;
        }
    }
    // Grouped by kind around the ring so colours form arcs, then by name.
    QList<std::pair<GraphNodeItem *, Neighbour>> placed;
    for (const Neighbour &n : std::as_const(neighbours)) {
        const std::optional<EntityKind> kind = entityKindFromId(QStringView(n.id).left(n.id.indexOf(u'/')));
        // In the reader's script where the base holds it; the source's form beside it on hover.
        const QString name = ReaderName::of(*m_kb, n.id);
        auto *node = new GraphNodeItem(n.id, kind.value_or(EntityKind::Topic), name.isEmpty() ? n.id : name, false);
        if (!name.isEmpty())
            node->setToolTip(ReaderName::titledOf(*m_kb, n.id));
        node->setFont(font);
        node->setPalette(pal);
        placed.append({ node, n });
    }
    std::stable_sort(placed.begin(), placed.end(), [](const auto &a, const auto &b) {
        if (a.first->kind() != b.first->kind())
            return int(a.first->kind()) < int(b.first->kind());
        return a.first->name().localeAwareCompare(b.first->name()) < 0;
    });

    // An ellipse wider than tall, to suit a landscape window, growing with the number of neighbours.
    const int count = int(placed.size());
    const qreal rx = std::max<qreal>(260, count * 34 + 80);
    const qreal ry = rx * 0.6;
    for (int i = 0; i < count; ++i) {
        const qreal angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * i / std::max(1, count);
        GraphNodeItem *node = placed[i].first;
        node->setPos(rx * std::cos(angle), ry * std::sin(angle));
        m_scene->addItem(node);
        m_nodes << node;
        const Neighbour &n = placed[i].second;
        auto *edge = new GraphEdgeItem(centreNode, node, n.labels, n.outgoing, n.incoming);
        edge->setFont(font);
        edge->setPalette(pal);
        edge->setLabelPosition(count > 6 ? (i % 2 ? 0.66 : 0.46) : 0.55);
        m_scene->addItem(edge);
        m_edges << edge;
    }

    return count;
}

int GraphPage::buildGroups(GraphNodeItem *centreNode)
{
    const QPalette pal = palette();
    const QFont font = m_baseFont;
    const NeighbourQuery query(*m_kb);
    m_groups = query.groups(m_id);
    // The groups around the centre, each with its relation as read from the centre and its count.
    const int count = int(m_groups.size());
    const qreal rx = std::max<qreal>(260, count * 40 + 80);
    const qreal ry = rx * 0.6;
    int total = 0;
    for (int i = 0; i < count; ++i) {
        const NeighbourQuery::Group &g = m_groups[i];
        total += g.count;
        const QString label = HtmlRenderer::relationLabel(g.predicate, !g.outgoing);
        auto *node = new GraphNodeItem(groupKey(g), EntityKind::Topic,
            tr("%1: %2", "a kind of relation and how many entities it links to")
                .arg(label, QLocale().toString(g.count)),
            false);
        node->setLook(GraphNodeItem::Look::Group);
        node->setToolTip(tr("%n entries: %1. Enter or a click shows them.", nullptr, g.count).arg(label));
        node->setFont(font);
        node->setPalette(pal);
        const qreal angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * i / std::max(1, count);
        node->setPos(rx * std::cos(angle), ry * std::sin(angle));
        m_scene->addItem(node);
        m_nodes << node;
        auto *edge = new GraphEdgeItem(centreNode, node, {}, g.outgoing, !g.outgoing);
        edge->setFont(font);
        edge->setPalette(pal);
        m_scene->addItem(edge);
        m_edges << edge;
        if (groupKey(g) != m_expanded)
            continue;
        // The opened group: a page of its entities in columns beside the ring, on the group's side, and a node
        // that shows the next page while there is one.
        const QList<EntityRef> members = query.members(m_id, g, 0, m_shown);
        const auto memberName = [this](const QString &id, const QString &name) {
            const QString shown = ReaderName::of(*m_kb, id);
            return shown.isEmpty() ? name : shown;
        };
        const int slots = int(members.size()) + (members.size() < g.count ? 1 : 0);
        const int columns = (slots + rows - 1) / rows;
        const bool right = node->pos().x() >= 0;
        const qreal x0 = right ? rx + 240 : -rx - 240 - (columns - 1) * columnWidth;
        const qreal y0 = -(std::min(slots, rows) - 1) * rowHeight / 2;
        for (int k = 0; k < slots; ++k) {
            const bool more = k == members.size();
            auto *m = more
                ? new GraphNodeItem(QStringLiteral("#more/") + groupKey(g), EntityKind::Topic,
                      tr("Show %n more", nullptr, std::min(pageSize, g.count - int(members.size()))), false)
                : new GraphNodeItem(members[k].id, members[k].kind, memberName(members[k].id, members[k].name), false);
            if (more)
                m->setLook(GraphNodeItem::Look::More);
            m->setFont(font);
            m->setPalette(pal);
            m->setPos(x0 + (k / rows) * columnWidth, y0 + (k % rows) * rowHeight);
            m_scene->addItem(m);
            m_nodes << m;
            if (more)
                continue;
            auto *e = new GraphEdgeItem(node, m, {}, g.outgoing, !g.outgoing);
            e->setFont(font);
            e->setPalette(pal);
            m_scene->addItem(e);
            m_edges << e;
        }
    }
    return total;
}

QString GraphPage::groupKey(const NeighbourQuery::Group &g)
{
    return QStringLiteral("#group/") + g.predicate + (g.outgoing ? u'>' : u'<');
}

void GraphPage::activate(GraphNodeItem *node, OpenIn where)
{
    if (node->look() == GraphNodeItem::Look::Entity) {
        activateNode(node->id(), where);
        return;
    }
    // A group opens (or closes again), "show more" adds a page. The rebuilt scene keeps the keyboard on the group,
    // or after "show more" puts it on the first entity added, where that node was.
    const QString id = node->id();
    const int at = int(m_nodes.indexOf(node));
    const bool more = node->look() == GraphNodeItem::Look::More;
    if (!more) {
        m_expanded = m_expanded == id ? QString() : id;
        m_shown = pageSize;
    } else {
        m_shown += pageSize;
    }
    build(); // node is gone now
    if (more && at >= 0 && at < m_nodes.size())
        setCurrentNode(at);
}

void GraphPage::applyTransform()
{
    const QRectF scene = m_scene->sceneRect();
    const QSize vp = m_view->viewport()->size();
    if (scene.isEmpty() || vp.isEmpty())
        return;
    // Zoom 0 fits the graph into the view, but never enlarges it beyond its natural size.
    const qreal fit = std::min<qreal>(1.0, std::min(vp.width() / scene.width(), vp.height() / scene.height()));
    const qreal scale = fit * std::pow(stepFactor, m_zoom + m_wheelSteps);
    // Fitted, the whole graph is in view: scroll bars could only flip on and off as each one changes the room for
    // the other (an endless relayout at some sizes), so they come only once the user zooms in.
    const Qt::ScrollBarPolicy bars = scale <= fit ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded;
    m_view->setHorizontalScrollBarPolicy(bars);
    m_view->setVerticalScrollBarPolicy(bars);
    m_view->setTransform(QTransform::fromScale(scale, scale));
    m_view->centerOn(m_nodes.isEmpty() ? scene.center() : m_nodes.first()->pos());
}

void GraphPage::setCurrentNode(int index)
{
    if (m_current >= 0 && m_current < m_nodes.size())
        m_nodes[m_current]->setCurrent(false);
    m_current = index;
    if (index >= 0 && index < m_nodes.size()) {
        m_nodes[index]->setCurrent(true);
        m_view->ensureVisible(m_nodes[index], 40, 40);
        ItemViewAccessible::notifyCurrent(m_view, index);
    }
    Q_EMIT currentEntityChanged(currentEntityId());
}

void GraphPage::activateNode(const QString &id, OpenIn where)
{
    if (!id.isEmpty())
        Q_EMIT linkActivated(KbAddress::entity(id), where);
}

GraphNodeItem *GraphPage::nodeAt(const QPoint &viewportPos) const
{
    for (QGraphicsItem *item : m_view->items(viewportPos)) {
        if (auto *node = dynamic_cast<GraphNodeItem *>(item))
            return node;
    }
    return nullptr;
}

void GraphPage::showMenu(GraphNodeItem *node, const QPoint &globalPos)
{
    QMenu menu(this);
    const QString id = node->id();
    menu.addAction(tr("&Open"), this, [this, id] { activateNode(id, OpenIn::CurrentTab); });
    menu.addAction(tr("Open in New &Tab"), this, [this, id] { activateNode(id, OpenIn::NewTab); });
    if (!node->isCentre()) {
        menu.addAction(tr("Show &Graph of %1").arg(node->name()), this,
            [this, id] { Q_EMIT linkActivated(KbAddress::graph(id), OpenIn::CurrentTab); });
    }
    menu.exec(globalPos);
}

bool GraphPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        switch (event->type()) {
        case QEvent::Resize:
            // The fit depends on the viewport, which the layout resizes after the page itself.
            applyTransform();
            break;
        case QEvent::MouseButtonPress: {
            // A press on a node is a click, not the start of a drag of the canvas.
            auto *me = static_cast<QMouseEvent *>(event);
            if (nodeAt(me->position().toPoint()))
                return true;
            break;
        }
        case QEvent::MouseButtonRelease: {
            auto *me = static_cast<QMouseEvent *>(event);
            if (GraphNodeItem *node = nodeAt(me->position().toPoint())) {
                if (me->button() == Qt::LeftButton || me->button() == Qt::MiddleButton) {
                    setCurrentNode(int(m_nodes.indexOf(node)));
                    activate(node, LinkBrowser::openInFor(me->button(), me->modifiers()));
                    return true;
                }
            }
            break;
        }
        case QEvent::MouseMove: {
            auto *me = static_cast<QMouseEvent *>(event);
            GraphNodeItem *node = nodeAt(me->position().toPoint());
            const QString id = node ? node->id() : QString();
            if (id != m_hovered) {
                m_hovered = id;
                Q_EMIT linkHovered(id.isEmpty() ? QUrl() : KbAddress::entity(id));
            }
            break;
        }
        case QEvent::ContextMenu: {
            auto *ce = static_cast<QContextMenuEvent *>(event);
            if (GraphNodeItem *node = nodeAt(ce->pos()); node && node->look() == GraphNodeItem::Look::Entity) {
                showMenu(node, ce->globalPos());
                return true;
            }
            break;
        }
        case QEvent::Wheel: {
            auto *we = static_cast<QWheelEvent *>(event);
            if (we->modifiers() & Qt::ControlModifier) {
                const int dy = we->angleDelta().y();
                const int step = dy > 0 ? 1 : dy < 0 ? -1 : 0;
                if (step != 0 && std::abs(m_wheelSteps + step) <= 20) {
                    m_wheelSteps += step;
                    // Relative scaling keeps the point under the mouse in place (AnchorUnderMouse).
                    const qreal f = std::pow(stepFactor, step);
                    m_view->scale(f, f);
                }
                return true;
            }
            break;
        }
        default:
            break;
        }
    } else if (watched == m_view && event->type() == QEvent::FocusIn && m_current < 0 && !m_nodes.isEmpty()) {
        // The keyboard arrives on the centre: the focus is visible, and a screen reader names where it is.
        setCurrentNode(0);
    } else if (watched == m_view && event->type() == QEvent::KeyPress && !m_nodes.isEmpty()) {
        auto *ke = static_cast<QKeyEvent *>(event);
        const int n = int(m_nodes.size());
        switch (ke->key()) {
        case Qt::Key_Right:
        case Qt::Key_Down:
            setCurrentNode(m_current < 0 ? 0 : (m_current + 1) % n);
            return true;
        case Qt::Key_Left:
        case Qt::Key_Up:
            setCurrentNode(m_current <= 0 ? n - 1 : m_current - 1);
            return true;
        case Qt::Key_Home:
            setCurrentNode(0);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_current >= 0) {
                activate(m_nodes[m_current], LinkBrowser::openInFor(Qt::LeftButton, ke->modifiers()));
                return true;
            }
            break;
        case Qt::Key_Menu:
            if (m_current >= 0 && m_nodes[m_current]->look() != GraphNodeItem::Look::Entity) {
                activate(m_nodes[m_current], OpenIn::CurrentTab);
                return true;
            }
            if (m_current >= 0) {
                GraphNodeItem *node = m_nodes[m_current];
                showMenu(node, m_view->viewport()->mapToGlobal(m_view->mapFromScene(node->pos())));
                return true;
            }
            break;
        default:
            break;
        }
    }
    return TabPage::eventFilter(watched, event);
}

void GraphPage::resizeEvent(QResizeEvent *event)
{
    TabPage::resizeEvent(event);
    applyTransform();
}

void GraphPage::changeEvent(QEvent *event)
{
    TabPage::changeEvent(event);
    // Colours come from the palette and labels from the language: both rebuild the scene.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::LanguageChange) {
        build();
        if (event->type() == QEvent::LanguageChange)
            Q_EMIT titleChanged();
    } else if (event->type() == QEvent::FontChange) {
        m_baseFont = font();
        build();
    }
}

} // namespace tkb
