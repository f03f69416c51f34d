#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ResellerDesk::Benchmarks {

// Measures how long the event loop of the calling thread stays blocked: a QTimer ticks every
// 5 ms and each tick records the time since the previous one. A gap much longer than the
// interval means the thread was busy (or the process was descheduled) for that long.
class StallMonitor : public QObject
{
    Q_OBJECT

public:
    static constexpr int intervalMs = 5;

    explicit StallMonitor(QObject *parent = nullptr);

    void start();
    void stop();

    // Maximum gap between two ticks, in milliseconds.
    double maxGapMs() const { return m_maxGapNs / 1e6; }
    // CPU time that this thread used during the maximum gap, in milliseconds. Much less than
    // the gap means the thread was waiting for a core rather than busy.
    double maxGapCpuMs() const { return m_maxGapCpuNs / 1e6; }
    // Maximum CPU time that this thread used between two ticks, in milliseconds: the longest
    // stretch of work on the thread, whatever the scheduler did meanwhile.
    double maxBusyMs() const { return m_maxBusyNs / 1e6; }
    // Time since start() at which the maximum gap ended, in milliseconds.
    double maxGapAtMs() const { return m_maxGapAtNs / 1e6; }
    // Number of gaps longer than thresholdMs.
    int gapsOver(double thresholdMs) const;
    int tickCount() const { return int(m_gapsNs.size()); }

    // CPU time used by the calling thread so far, in nanoseconds.
    static qint64 threadCpuNs();

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_maxGapNs = 0;
    qint64 m_maxGapAtNs = 0;
    qint64 m_lastTickCpuNs = 0;
    qint64 m_maxGapCpuNs = 0;
    qint64 m_maxBusyNs = 0;
    QList<qint64> m_gapsNs;
};

} // namespace ResellerDesk::Benchmarks
