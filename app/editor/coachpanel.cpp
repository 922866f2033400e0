// SPDX-License-Identifier: GPL-3.0-or-later
#include "coachpanel.h"

#include "appearance/colourroles.h"

#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace Spill {

namespace {

QColor severityColor(CoachSeverity severity, const QPalette &palette)
{
    // The tone's hue, made to read on the palette (and its sign on it).
    Colours::Tone tone = Colours::Tone::Good;
    if (severity == CoachSeverity::Warning)
        tone = Colours::Tone::Warning;
    else if (severity == CoachSeverity::Suggestion)
        tone = Colours::Tone::Suggestion;
    return Colours::ink(palette, Colours::toneHue(tone));
}

// A small painted mark: "!" for a warning, a dot for a suggestion, a tick
// for a passing check. Drawn, so it is crisp at any scale.
class SeverityMark : public QWidget
{
public:
    SeverityMark(CoachSeverity severity, QWidget *parent)
        : QWidget(parent)
        , m_severity(severity)
    {
        const int side = fontMetrics().height();
        setFixedSize(side, side);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor color = severityColor(m_severity, palette());
        const QRectF r = QRectF(rect()).adjusted(2, 2, -2, -2);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(r);
        QPen pen(palette().color(QPalette::Base), r.width() / 7.0, Qt::SolidLine, Qt::RoundCap,
                 Qt::RoundJoin);
        p.setPen(pen);
        const QPointF c = r.center();
        const qreal u = r.width() / 4.0;
        switch (m_severity) {
        case CoachSeverity::Warning:
            p.drawLine(QPointF(c.x(), c.y() - u * 1.1), QPointF(c.x(), c.y() + u * 0.2));
            p.drawPoint(QPointF(c.x(), c.y() + u * 1.0));
            break;
        case CoachSeverity::Suggestion:
            p.drawLine(QPointF(c.x() - u * 0.8, c.y()), QPointF(c.x() + u * 0.8, c.y()));
            break;
        case CoachSeverity::Good:
            p.drawPolyline(
                QPolygonF({QPointF(c.x() - u, c.y()), QPointF(c.x() - u * 0.25, c.y() + u * 0.8),
                           QPointF(c.x() + u * 1.1, c.y() - u * 0.8)}));
            break;
        }
    }

private:
    CoachSeverity m_severity;
};

// One finding: a focusable row that jumps to its place when activated.
class CoachItem : public QWidget
{
public:
    CoachItem(const CoachFinding &finding, bool showWhy, std::function<void()> activate,
              QWidget *parent)
        : QWidget(parent)
        , m_activate(std::move(activate))
    {
        setFocusPolicy(Qt::StrongFocus);
        setCursor(Qt::PointingHandCursor);
        setAccessibleName(finding.title);
        setAccessibleDescription(finding.why);
        setToolTip(finding.why);

        auto *title = new QLabel(finding.title, this);
        title->setWordWrap(true);
        QFont bold = title->font();
        bold.setWeight(finding.severity == CoachSeverity::Good ? QFont::Normal : QFont::DemiBold);
        title->setFont(bold);

        auto *text = new QVBoxLayout;
        text->setSpacing(2);
        text->addWidget(title);
        if (showWhy) {
            auto *why = new QLabel(finding.why, this);
            why->setWordWrap(true);
            why->setForegroundRole(QPalette::PlaceholderText);
            text->addWidget(why);
        }

        auto *row = new QHBoxLayout(this);
        row->setContentsMargins(6, 6, 6, 6);
        row->setSpacing(8);
        row->addWidget(new SeverityMark(finding.severity, this), 0, Qt::AlignTop);
        row->addLayout(text, 1);
    }

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (rect().contains(event->position().toPoint()))
            m_activate();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            m_activate();
            return;
        default:
            QWidget::keyPressEvent(event);
        }
    }

    void focusInEvent(QFocusEvent *event) override
    {
        QWidget::focusInEvent(event);
        update();
    }

    void focusOutEvent(QFocusEvent *event) override
    {
        QWidget::focusOutEvent(event);
        update();
    }

    void paintEvent(QPaintEvent *) override
    {
        if (!hasFocus() && !underMouse())
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlphaF(hasFocus() ? 0.16 : 0.08);
        p.setPen(hasFocus() ? QPen(palette().color(QPalette::Highlight), 1.5) : Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 6, 6);
    }

    void enterEvent(QEnterEvent *) override { update(); }
    void leaveEvent(QEvent *) override { update(); }

private:
    std::function<void()> m_activate;
};

void clearLayout(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

} // namespace

CoachPanel::CoachPanel(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Story coach"));

    auto *heading = new QLabel(tr("Coach"), this);
    QFont headingFont = heading->font();
    headingFont.setWeight(QFont::DemiBold);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_todo = new QVBoxLayout;
    m_todo->setSpacing(2);
    m_good = new QVBoxLayout;
    m_good->setSpacing(0);

    m_goodHeading = new QLabel(tr("Looking good"), this);
    m_goodHeading->setFont(headingFont);
    // A narrow window narrows the coach: its headings wrap like its text.
    heading->setWordWrap(true);
    m_goodHeading->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 16, 8, 16);
    layout->setSpacing(6);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addSpacing(6);
    layout->addLayout(m_todo);
    layout->addSpacing(10);
    layout->addWidget(m_goodHeading);
    layout->addLayout(m_good);
    layout->addStretch(1);

    rebuild();
}

void CoachPanel::setFindings(const QList<CoachFinding> &findings)
{
    if (findings.size() == m_findings.size() &&
        std::equal(findings.begin(), findings.end(), m_findings.begin(),
                   [](const CoachFinding &a, const CoachFinding &b) {
                       return a.id == b.id && a.title == b.title && a.why == b.why;
                   }))
        return; // nothing changed: keep focus where it is
    m_findings = findings;
    rebuild();
}

void CoachPanel::rebuild()
{
    clearLayout(m_todo);
    clearLayout(m_good);

    int open = 0;
    QString readingTime;
    for (const CoachFinding &finding : std::as_const(m_findings)) {
        if (finding.rule() == QLatin1StringView("reading-time")) {
            readingTime = finding.title;
            continue;
        }
        const CoachLocation location = finding.location;
        auto activate = [this, location] { emit jumpRequested(location); };
        if (finding.severity == CoachSeverity::Good) {
            m_good->addWidget(new CoachItem(finding, false, activate, this));
        } else {
            m_todo->addWidget(new CoachItem(finding, true, activate, this));
            ++open;
        }
    }
    m_goodHeading->setVisible(m_good->count() > 0);

    const QString state = open == 0 ? tr("Nothing to fix. This story is ready for readers.")
                                    : tr("%n thing(s) to look at.", nullptr, open);
    m_summary->setText(readingTime.isEmpty() ? state : tr("%1 · %2").arg(readingTime, state));
}

} // namespace Spill
