#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QTest>
#include <functional>
#include <memory>

namespace Kempt::Test {

// Drags an item of one view onto a point of another the way a person does, within what
// an offscreen test can do: the mouse presses on the item, moves past the drag distance
// (the view starts its drag, which the offscreen platform ends at once) and lets go;
// then the target receives the enter, move and drop events a real drag delivers, carrying
// the MIME data the source view's model makes of its selection, as the drag does.
class DragSimulator
{
public:
    struct Outcome
    {
        bool moveAccepted = false; // the target took the hover (it would show a drop cursor)
        bool dropAccepted = false; // the target accepted the drop
    };

    static Outcome drag(QAbstractItemView *source, const QModelIndex &item, QAbstractItemView *target, const QPoint &at)
    {
        const QPoint start = source->visualRect(item).center();
        QTest::mousePress(source->viewport(), Qt::LeftButton, Qt::NoModifier, start);
        QTest::mouseMove(source->viewport(), start + QPoint(0, QApplication::startDragDistance() + 4));
        QTest::mouseRelease(source->viewport(), Qt::LeftButton, Qt::NoModifier, start);
        std::unique_ptr<QMimeData> data(source->model()->mimeData(source->selectionModel()->selectedIndexes()));
        Outcome outcome;
        if (!data)
            return outcome;
        QWidget *viewport = target->viewport();
        const QPointF point(at);
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        outcome.moveAccepted = move.isAccepted();
        if (!outcome.moveAccepted) {
            QDragLeaveEvent leave;
            QApplication::sendEvent(viewport, &leave);
            return outcome;
        }
        QDropEvent drop(point, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &drop);
        outcome.dropAccepted = drop.isAccepted();
        return outcome;
    }

    // Hovers without dropping, then leaves: what the target shows meanwhile is for the caller to check.
    static bool hover(QAbstractItemView *source, QAbstractItemView *target, const QPoint &at,
                      const std::function<void()> &whileHovering)
    {
        std::unique_ptr<QMimeData> data(source->model()->mimeData(source->selectionModel()->selectedIndexes()));
        if (!data)
            return false;
        QWidget *viewport = target->viewport();
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        whileHovering();
        QDragLeaveEvent leave;
        QApplication::sendEvent(viewport, &leave);
        return move.isAccepted();
    }
};

} // namespace Kempt::Test
