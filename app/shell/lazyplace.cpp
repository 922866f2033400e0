// SPDX-License-Identifier: GPL-3.0-or-later
#include "lazyplace.h"

#include <QVBoxLayout>

namespace Spill {

LazyPlace::LazyPlace(const QString &name, std::function<QWidget *()> build, QWidget *parent)
    : QWidget(parent)
    , m_build(std::move(build))
{
    setAccessibleName(name);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPlace::ensurePlace()
{
    if (!m_place) {
        m_place = m_build();
        layout()->addWidget(m_place);
    }
    return m_place;
}

void LazyPlace::showEvent(QShowEvent *event)
{
    ensurePlace();
    QWidget::showEvent(event);
}

} // namespace Spill
