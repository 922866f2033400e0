// SPDX-License-Identifier: GPL-3.0-or-later
// The one way Spill continues work that finished on another thread.
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

#include <type_traits>
#include <utility>

namespace Spill {

// Calls `function` with the future's result on `context`'s thread once the
// future has finished; not at all when `context` is gone by then, or when
// the future was cancelled without a result. Call it on `context`'s thread.
//
// Not QFuture::then(context, …): in Qt 6.4 that asserts when the context
// dies first, and a tile scrolled away or a dialog closed mid-query must
// simply not hear the answer.
template<typename T, typename Function>
void onResult(const QFuture<T> &future, QObject *context, Function &&function)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, function = std::forward<Function>(function)]() mutable {
                         watcher->deleteLater();
                         if constexpr (std::is_void_v<T>) {
                             if (!watcher->isCanceled())
                                 function();
                         } else {
                             if (watcher->future().resultCount() > 0)
                                 function(watcher->result());
                         }
                     });
    watcher->setFuture(future);
}

} // namespace Spill
