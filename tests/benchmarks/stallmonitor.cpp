#include "stallmonitor.h"

#include <algorithm>
#include <ctime>

namespace ResellerDesk::Benchmarks {

StallMonitor::StallMonitor(QObject *parent)
    : QObject(parent)
{
    // A coarse timer may fire up to 5 % late by design, which would show up as stalls.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start()
{
    m_gapsNs.clear();
    m_maxGapNs = 0;
    m_maxGapAtNs = 0;
    m_maxGapCpuNs = 0;
    m_maxBusyNs = 0;
    m_clock.start();
    m_lastTickNs = 0;
    m_lastTickCpuNs = threadCpuNs();
    m_timer.start();
}

void StallMonitor::stop()
{
    tick();
    m_timer.stop();
}

qint64 StallMonitor::threadCpuNs()
{
    timespec time {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
    return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
}

int StallMonitor::gapsOver(double thresholdMs) const
{
    const auto thresholdNs = qint64(thresholdMs * 1e6);
    int count = 0;
    for (const qint64 gap : m_gapsNs) {
        if (gap > thresholdNs)
            ++count;
    }
    return count;
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpuNow = threadCpuNs();
    const qint64 gap = now - m_lastTickNs;
    m_gapsNs.append(gap);
    if (gap > m_maxGapNs) {
        m_maxGapNs = gap;
        m_maxGapAtNs = now;
        m_maxGapCpuNs = cpuNow - m_lastTickCpuNs;
    }
    m_maxBusyNs = std::max(m_maxBusyNs, cpuNow - m_lastTickCpuNs);
    m_lastTickNs = now;
    m_lastTickCpuNs = cpuNow;
}

} // namespace ResellerDesk::Benchmarks
