// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Spill {

WelcomePanel::WelcomePanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Welcome"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    const int line = fontMetrics().height();

    auto *heading = new QLabel(tr("Every kitchen fail is a story"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2.0);
    headingFont.setWeight(QFont::Bold);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);
    heading->setWordWrap(true);

    auto *body = new QLabel(
        tr("The collapsed soufflé, the split custard, the blender that exploded: readers trust "
           "the creator who shows the burnt edges. Spill walks you through five short beats, "
           "from the dish you meant to make to the question you ask your readers."),
        this);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignHCenter);
    body->setForegroundRole(QPalette::PlaceholderText);
    QFont bodyFont = body->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.1);
    body->setFont(bodyFont);

    m_start = new QPushButton(tr("Start your first story"), this);
    m_start->setObjectName(QStringLiteral("startFirstStory"));
    m_start->setAccessibleName(tr("Start your first story"));
    m_start->setDefault(true);
    m_start->setAutoDefault(true);
    m_start->setMinimumHeight(line * 2 + line / 2);
    QFont startFont = m_start->font();
    startFont.setWeight(QFont::DemiBold);
    m_start->setFont(startFont);
    m_start->setMinimumWidth(QFontMetrics(startFont).horizontalAdvance(m_start->text()) + line * 3);
    applyStartPalette();

    m_sample = new QPushButton(tr("Add a sample story"), this);
    m_sample->setObjectName(QStringLiteral("addSampleStory"));
    m_sample->setAccessibleName(tr("Add a sample story"));
    m_sample->setAccessibleDescription(tr("A finished story, to see what a good one looks like"));
    m_sample->setFlat(true);
    m_sample->setAutoDefault(false);
    m_sample->setMinimumHeight(line * 2);
    m_sample->setMinimumWidth(fontMetrics().horizontalAdvance(m_sample->text()) + line * 2);

    connect(m_start, &QPushButton::clicked, this, &WelcomePanel::startRequested);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePanel::sampleRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addSpacing(line);
    buttons->addWidget(m_sample);
    buttons->addStretch(1);

    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 72);
    auto *content = new QVBoxLayout(column);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(heading);
    content->addSpacing(line);
    content->addWidget(body);
    content->addSpacing(line * 2);
    content->addLayout(buttons);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 6);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
    setFocusProxy(m_start);
}

void WelcomePanel::applyStartPalette()
{
    // The primary action carries the accent, like a default button should
    // on every style, not only those that draw one.
    QPalette startPalette = palette();
    startPalette.setColor(QPalette::Button, startPalette.color(QPalette::Highlight));
    startPalette.setColor(QPalette::ButtonText, startPalette.color(QPalette::HighlightedText));
    m_start->setPalette(startPalette);
}

void WelcomePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The button's own colours do not follow a new palette by themselves.
    if (event->type() == QEvent::PaletteChange && m_start)
        applyStartPalette();
}

} // namespace Spill
