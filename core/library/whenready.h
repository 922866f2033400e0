// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Spill continues after work on another thread: a QFuture and a
// continuation that runs on the GUI thread, unless its context is gone.
#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

#include <utility>

namespace Spill {

// Runs `done(value)` on the GUI thread once `future` has its result, unless
// `context` was destroyed meanwhile (then nothing runs). A future canceled
// without a result runs nothing either. A QFuture keeps one continuation:
// attach one per future.
//
// QFuture::then(context, ...) does the same, but in Qt 6.4 it asserts when
// the context is destroyed before the future finishes (a place closed while
// its story loads), so the continuation is attached with Launch::Sync and
// hops to the GUI thread itself, checking the context there.
template<typename T, typename Done>
void whenReady(const QFuture<T> &future, QObject *context, Done &&done)
{
    QFuture<T>(future).then(QtFuture::Launch::Sync,
                            [guard = QPointer<QObject>(context),
                             done = std::forward<Done>(done)](QFuture<T> finished) mutable {
                                QCoreApplication *app = QCoreApplication::instance();
                                if (!app || finished.resultCount() == 0)
                                    return;
                                QMetaObject::invokeMethod(
                                    app,
                                    [guard, done = std::move(done), finished]() mutable {
                                        if (guard)
                                            done(finished.result());
                                    },
                                    Qt::QueuedConnection);
                            });
}

} // namespace Spill
