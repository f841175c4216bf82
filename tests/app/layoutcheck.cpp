#include "layoutcheck.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QRectF>

namespace {

constexpr qreal kSlack = 1.5; // anti-aliasing and rounding: a pixel and a half is not a problem

struct Shown
{
    QQuickItem *item = nullptr;
    QString text;
    QRectF painted; ///< in the scene
    bool inOverlay = false;
    QQuickItem *list = nullptr; ///< the nearest Flickable: scrolled content is clipped on purpose
};

bool isText(const QQuickItem *item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
}

bool isFlickable(const QQuickItem *item)
{
    return item->inherits("QQuickFlickable");
}

bool isOverlay(const QQuickItem *item)
{
    return item->inherits("QQuickOverlay");
}

QString where(const QQuickItem *item)
{
    QStringList path;
    for (const QQuickItem *i = item; i != nullptr; i = i->parentItem()) {
        if (!i->objectName().isEmpty()) {
            path.prepend(i->objectName());
        }
    }
    return path.isEmpty() ? QStringLiteral("(unnamed)") : path.join(QLatin1Char('/'));
}

/// The part of the item that its text paints, from its content size and alignment.
QRectF paintedRect(const QQuickItem *item)
{
    const qreal w = qMin(item->property("contentWidth").toReal(), qMax<qreal>(item->width(), 0));
    const qreal h = qMin(item->property("contentHeight").toReal(), qMax<qreal>(item->height(), 0));
    const int h_align = item->property("effectiveHorizontalAlignment").isValid()
                            ? item->property("effectiveHorizontalAlignment").toInt()
                            : item->property("horizontalAlignment").toInt();
    const int v_align = item->property("verticalAlignment").toInt();
    qreal x = 0;
    if (h_align & Qt::AlignRight) {
        x = item->width() - w;
    } else if (h_align & Qt::AlignHCenter) {
        x = (item->width() - w) / 2;
    }
    qreal y = 0;
    if (v_align & Qt::AlignBottom) {
        y = item->height() - h;
    } else if (v_align & Qt::AlignVCenter) {
        y = (item->height() - h) / 2;
    }
    return item->mapRectToScene(QRectF(x, y, w, h));
}

void collect(QQuickItem *item, bool inOverlay, QQuickItem *list, QList<Shown> &out, QStringList &problems,
             const QRectF &window, const QRectF &clip)
{
    if (!item->isVisible() || item->opacity() < 0.01) {
        return;
    }
    inOverlay = inOverlay || isOverlay(item);
    QRectF clipHere = clip;
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    if (item->clip() && !isFlickable(item) && list == nullptr) {
        clipHere = clipHere.intersected(box);
    }
    if (isText(item)) {
        const QString text = item->property("text").toString().trimmed();
        if (!text.isEmpty()) {
            const QRectF painted = paintedRect(item);
            const bool inView =
                list == nullptr || list->mapRectToScene(QRectF(0, 0, list->width(), list->height())).contains(painted);
            if (inView) {
                if (item->property("truncated").toBool()) {
                    problems << QStringLiteral("cut short: \"%1\" at %2").arg(text, where(item));
                }
                const qreal spill = item->property("contentWidth").toReal() - item->width();
                if (item->property("wrapMode").toInt() == 0 && item->property("elide").toInt() == 0 && spill > kSlack &&
                    item->inherits("QQuickText")) {
                    problems << QStringLiteral("spills %1 px out of its box: \"%2\" at %3")
                                    .arg(qRound(spill))
                                    .arg(text, where(item));
                }
                const QRectF shown = painted.adjusted(kSlack, kSlack, -kSlack, -kSlack);
                if (!window.contains(shown)) {
                    problems << QStringLiteral("outside the window: \"%1\" at %2").arg(text, where(item));
                } else if (!clipHere.contains(shown)) {
                    problems << QStringLiteral("cut off by a clipping parent: \"%1\" at %2").arg(text, where(item));
                }
                out << Shown{item, text, painted, inOverlay, list};
            }
        }
    }
    QQuickItem *nextList = isFlickable(item) ? item : list;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        collect(child, inOverlay, nextList, out, problems, window, clipHere);
    }
}

bool related(const QQuickItem *a, const QQuickItem *b)
{
    for (const QQuickItem *i = a; i != nullptr; i = i->parentItem()) {
        if (i == b) {
            return true;
        }
    }
    for (const QQuickItem *i = b; i != nullptr; i = i->parentItem()) {
        if (i == a) {
            return true;
        }
    }
    return false;
}

} // namespace

QStringList layoutProblems(QQuickWindow *window)
{
    QStringList problems;
    QList<Shown> shown;
    const QRectF bounds(0, 0, window->width(), window->height());
    collect(window->contentItem()->parentItem() ? window->contentItem()->parentItem() : window->contentItem(), false,
            nullptr, shown, problems, bounds, bounds);
    const bool dialogOpen = std::any_of(shown.cbegin(), shown.cend(), [](const Shown &s) { return s.inOverlay; });
    QList<Shown> layer;
    for (const Shown &s : std::as_const(shown)) {
        if (s.inOverlay == dialogOpen) {
            layer << s;
        }
    }
    for (qsizetype i = 0; i < layer.size(); ++i) {
        for (qsizetype j = i + 1; j < layer.size(); ++j) {
            const Shown &a = layer.at(i);
            const Shown &b = layer.at(j);
            const QRectF both = a.painted.intersected(b.painted);
            if (both.width() > 2 * kSlack && both.height() > 2 * kSlack && !related(a.item, b.item)) {
                problems << QStringLiteral("\"%1\" (%2) and \"%3\" (%4) are drawn over one another")
                                .arg(a.text, where(a.item), b.text, where(b.item));
            }
        }
    }
    if (!dialogOpen) {
        return problems;
    }
    // The page behind an open dialog is covered: only the dialog's own problems count.
    QStringList inDialog;
    for (const QString &p : std::as_const(problems)) {
        if (std::any_of(layer.cbegin(), layer.cend(), [&p](const Shown &s) { return p.contains(s.text); })) {
            inDialog << p;
        }
    }
    return inDialog;
}
