#pragma once

#include <QStringList>

class QQuickWindow;

/// What a person would see as broken in the window as it is now: text cut short ("10:00–1…"), text that spills
/// out of its box or out of the window or of a clipping parent, and texts drawn over one another. Only what is
/// on screen counts: hidden items, transparent ones and the part of a list scrolled out of view are skipped, and
/// while a dialog is open only the dialog is looked at. Each problem is one line naming the text and where it is.
QStringList layoutProblems(QQuickWindow *window);
