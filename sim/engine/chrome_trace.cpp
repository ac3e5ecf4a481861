#include "sim/engine/chrome_trace.hpp"

#include <fmt/format.h>
#include <vector>

#include "sim/engine/task_lanes.hpp"

namespace gs {

namespace {

std::string json_string(std::string_view s) {
    std::string q = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': q += "\\\""; break;
            case '\\': q += "\\\\"; break;
            case '\n': q += "\\n"; break;
            case '\t': q += "\\t"; break;
            default:
                if (c < 0x20) q += fmt::format("\\u{:04x}", c);
                else q += char(c);
        }
    }
    return q + "\"";
}

// Microseconds with the nanoseconds as an exact three-digit fraction.
std::string us(Nanos ns) {
    if (ns < 0) ns = 0;
    return fmt::format("{}.{:03}", ns / 1000, ns % 1000);
}

// Collects the events, one JSON object per line, and writes them in large pieces.
class Writer {
public:
    explicit Writer(std::ostream& out) : out_(out) {}
    ~Writer() { flush(); }
    void event(const std::string& body) {
        buf_ += first_ ? "\n" : ",\n";
        first_ = false;
        buf_ += "{" + body + "}";
        if (buf_.size() > (1 << 20)) flush();
    }
    void raw(std::string_view s) { buf_ += s; }
    void flush() {
        out_.write(buf_.data(), std::streamsize(buf_.size()));
        buf_.clear();
    }

private:
    std::ostream& out_;
    std::string buf_;
    bool first_ = true;
};

struct ThreadLane {
    bool open = false;
    ThreadState state = ThreadState::Created;
    Reason reason = Reason::None;
    Nanos since = 0;
    uint32_t at = 0;  // encode_code_pos
};

struct ProcLane {
    uint32_t holder = kNoThread;
    Nanos held_since = 0;
    uint32_t last_releaser = kNoThread;
    Nanos last_release = 0;
    int waiters = 0;
};

struct CoreLane {
    uint32_t thread = kNoThread;
    Nanos since = 0;
};

// One lane per asyncio task, sorted right under its loop's thread (task_lanes.hpp).
template <class PidOf, class NameOf>
void write_task_lanes(Writer& w, const Trace& trace, Nanos end, PidOf pid_of, NameOf name_of) {
    std::vector<TaskLane> lanes = task_lanes(trace, end);
    std::vector<int> per_thread;
    for (size_t i = 0; i < lanes.size(); i++) {
        const TaskLane& l = lanes[i];
        int pid = pid_of(l.proc);
        int64_t tid = kChromeTaskTid - int64_t(i);
        if (per_thread.size() <= l.thread) per_thread.resize(size_t(l.thread) + 1, 0);
        int k = std::min(++per_thread[l.thread], int(kChromeTaskSlots) - 1);
        w.event(fmt::format("\"ph\":\"M\",\"pid\":{},\"tid\":{},\"name\":\"thread_name\",\"args\":{{\"name\":{}}}", pid,
                            tid, json_string("task " + l.name)));
        w.event(fmt::format("\"ph\":\"M\",\"pid\":{},\"tid\":{},\"name\":\"thread_sort_index\",\"args\":{{\"sort_index\":{}}}",
                            pid, tid, (int64_t(l.thread) + 1) * kChromeTaskSlots + k));
        for (const TaskSpan& sp : l.spans) {
            const char* state = task_code_name(sp.code);
            std::string name = sp.code == TaskCode::Running   ? sp.label
                               : sp.code == TaskCode::Waiting ? "await " + sp.label
                                                              : std::string("ready");
            std::string why = sp.code == TaskCode::Running ? "" : fmt::format(",\"why\":{}", json_string(sp.label));
            w.event(fmt::format("\"ph\":\"X\",\"cat\":\"task\",\"pid\":{},\"tid\":{},\"ts\":{},\"dur\":{},\"name\":{},"
                                "\"args\":{{\"task\":{},\"state\":\"{}\",\"loop\":{}{}}}",
                                pid, tid, us(sp.start), us(sp.end - sp.start), json_string(name), json_string(l.name), state,
                                json_string(name_of(l.thread)), why));
        }
    }
}

}  // namespace

void write_chrome_trace(std::ostream& out, const Trace& trace, const Report& report, const std::string& scenario) {
    const Nanos end = report.elapsed;
    auto name_of = [&](uint32_t id) -> std::string {
        if (id < report.threads.size()) return report.threads[id].name;
        return id == kNoThread ? "nobody" : fmt::format("thread {}", id);
    };
    auto pid_of = [](uint16_t proc) { return int(proc) + 1; };
    auto tid_of = [](uint32_t id) { return int64_t(id) + 1; };

    Writer w(out);
    w.raw("{\"displayTimeUnit\":\"ms\",\"otherData\":{");
    w.raw(fmt::format("\"scenario\":{},\"engine\":{},\"elapsed_us\":{},\"exit_code\":{}", json_string(scenario),
                      json_string(report.engine), json_string(us(end)), report.exit_code));
    for (auto& [k, v] : report.settings) w.raw(fmt::format(",{}:{}", json_string(k), json_string(v)));
    w.raw("},\"traceEvents\":[");

    // Names and order of every lane.
    std::string gil = report.setting("interpreter.gil");
    for (size_t p = 0; p < report.process_names.size(); p++) {
        int pid = pid_of(uint16_t(p));
        w.event(fmt::format("\"ph\":\"M\",\"pid\":{},\"tid\":0,\"name\":\"process_name\",\"args\":{{\"name\":{}}}", pid,
                            json_string(fmt::format("{} (gil {})", report.process_names[p], gil))));
        w.event(fmt::format("\"ph\":\"M\",\"pid\":{},\"tid\":0,\"name\":\"process_sort_index\",\"args\":{{\"sort_index\":{}}}",
                            pid, p));
        w.event(fmt::format("\"ph\":\"M\",\"pid\":{},\"tid\":{},\"name\":\"thread_name\",\"args\":{{\"name\":\"GIL owner\"}}",
                            pid, kChromeGilTid));
        w.event(fmt::format(
            "\"ph\":\"M\",\"pid\":{},\"tid\":{},\"name\":\"thread_sort_index\",\"args\":{{\"sort_index\":0}}", pid,
            kChromeGilTid));
        w.event(fmt::format("\"ph\":\"C\",\"pid\":{},\"tid\":0,\"ts\":0.000,\"name\":\"GIL waiters\",\"args\":{{\"waiters\":0}}",
                            pid));
    }
    for (const ThreadStats& t : report.threads) {
        w.event(fmt::format("\"ph\":\"M\",\"pid\":{},\"tid\":{},\"name\":\"thread_name\",\"args\":{{\"name\":{}}}",
                            pid_of(t.proc), tid_of(t.id), json_string(t.name)));
        w.event(fmt::format("\"ph\":\"M\",\"pid\":{},\"tid\":{},\"name\":\"thread_sort_index\",\"args\":{{\"sort_index\":{}}}",
                            pid_of(t.proc), tid_of(t.id), (int64_t(t.id) + 1) * kChromeTaskSlots));
    }
    if (trace.cores > 0) {
        w.event(fmt::format("\"ph\":\"M\",\"pid\":{},\"tid\":0,\"name\":\"process_name\",\"args\":{{\"name\":{}}}",
                            kChromeMachinePid, json_string(fmt::format("machine ({} cores)", trace.cores))));
        w.event(fmt::format("\"ph\":\"M\",\"pid\":{},\"tid\":0,\"name\":\"process_sort_index\",\"args\":{{\"sort_index\":{}}}",
                            kChromeMachinePid, 1000));
        for (int c = 0; c < trace.cores; c++) {
            w.event(fmt::format("\"ph\":\"M\",\"pid\":{},\"tid\":{},\"name\":\"thread_name\",\"args\":{{\"name\":\"core {}\"}}",
                                kChromeMachinePid, c + 1, c));
            w.event(fmt::format(
                "\"ph\":\"M\",\"pid\":{},\"tid\":{},\"name\":\"thread_sort_index\",\"args\":{{\"sort_index\":{}}}",
                kChromeMachinePid, c + 1, c));
        }
    }

    std::vector<ThreadLane> threads(report.threads.size());
    std::vector<ProcLane> procs(report.processes.size());
    std::vector<CoreLane> cores(size_t(std::max(trace.cores, 0)));
    std::vector<uint16_t> proc_of(report.threads.size(), 0);
    for (const ThreadStats& t : report.threads) proc_of[t.id] = t.proc;
    auto proc = [&](uint16_t p) -> ProcLane& {
        if (p >= procs.size()) procs.resize(size_t(p) + 1);
        return procs[p];
    };
    uint64_t flow_id = 0;

    auto close_state = [&](uint32_t id, Nanos t) {
        ThreadLane& l = threads[id];
        if (!l.open || t <= l.since) return;
        // Where in the program the span began: code index and instruction (the GUI
        // recompiles the program to turn them into a line).
        std::string fields;
        if (l.reason != Reason::None) fields = fmt::format("\"reason\":{}", json_string(reason_text(l.reason)));
        if (CodePos at = decode_code_pos(l.at); at.known)
            fields += fmt::format("{}\"code\":{},\"pc\":{}", fields.empty() ? "" : ",", at.code, at.pc);
        std::string args = fields.empty() ? "" : ",\"args\":{" + fields + "}";
        w.event(fmt::format("\"ph\":\"X\",\"cat\":\"state\",\"pid\":{},\"tid\":{},\"ts\":{},\"dur\":{},\"name\":\"{}\"{}",
                            pid_of(proc_of[id]), tid_of(id), us(l.since), us(t - l.since), state_name(l.state), args));
    };
    auto close_holding = [&](uint16_t p, Nanos t, Reason why) {
        ProcLane& l = proc(p);
        if (l.holder == kNoThread) return;
        if (t > l.held_since) {
            std::string released = why == Reason::None ? "" : fmt::format(",\"released\":{}", json_string(reason_text(why)));
            w.event(fmt::format(
                "\"ph\":\"X\",\"cat\":\"gil\",\"pid\":{},\"tid\":{},\"ts\":{},\"dur\":{},\"name\":{},\"args\":{{\"thread\":{}{}}}",
                pid_of(p), kChromeGilTid, us(l.held_since), us(t - l.held_since), json_string(name_of(l.holder)),
                json_string(name_of(l.holder)), released));
        }
        l.holder = kNoThread;
    };
    auto waiters = [&](uint16_t p, int delta, Nanos t) {
        ProcLane& l = proc(p);
        l.waiters += delta;
        w.event(fmt::format("\"ph\":\"C\",\"pid\":{},\"tid\":0,\"ts\":{},\"name\":\"GIL waiters\",\"args\":{{\"waiters\":{}}}",
                            pid_of(p), us(t), l.waiters));
    };
    auto close_core = [&](size_t c, Nanos t) {
        CoreLane& l = cores[c];
        if (l.thread != kNoThread && t > l.since)
            w.event(fmt::format("\"ph\":\"X\",\"cat\":\"core\",\"pid\":{},\"tid\":{},\"ts\":{},\"dur\":{},\"name\":{}",
                                kChromeMachinePid, c + 1, us(l.since), us(t - l.since), json_string(name_of(l.thread))));
        l.thread = kNoThread;
    };

    std::vector<TraceEvent> events = settled_events(trace);
    for (const TraceEvent& e : events) {
        // Each lane keeps going forward even if an event is stamped a little early.
        Nanos t = std::min(e.t, end);
        switch (e.kind) {
            case EventKind::Thread:
            case EventKind::State: {
                if (e.thread >= threads.size()) break;
                ThreadLane& l = threads[e.thread];
                if (l.open) t = std::max(t, l.since);
                ThreadState s = e.kind == EventKind::Thread ? ThreadState::Created : e.state();
                close_state(e.thread, t);
                bool was_waiting = l.open && l.state == ThreadState::WantsGil;
                if (was_waiting != (s == ThreadState::WantsGil)) waiters(e.proc, was_waiting ? -1 : 1, t);
                l = {s != ThreadState::Done, s, e.reason, t, e.kind == EventKind::State ? e.arg : 0};
                break;
            }
            case EventKind::Lock: {
                ProcLane& l = proc(e.proc);
                if (l.holder != kNoThread) t = std::max(t, l.held_since);
                std::string who = json_string(name_of(e.thread)), other = json_string(name_of(e.other));
                std::string reason = json_string(reason_text(e.reason));
                switch (e.lock()) {
                    case LockEvent::Acquire: {
                        close_holding(e.proc, t, Reason::None);
                        l.holder = e.thread;
                        l.held_since = t;
                        // A hand-off: the lock passes from the previous holder to another thread.
                        if (e.other != kNoThread && e.other != e.thread && e.other < threads.size()) {
                            Nanos from = l.last_releaser == e.other ? std::min(l.last_release, t) : t;
                            flow_id++;
                            w.event(fmt::format("\"ph\":\"s\",\"cat\":\"gil\",\"name\":\"handoff\",\"id\":{},\"pid\":{},"
                                                "\"tid\":{},\"ts\":{}",
                                                flow_id, pid_of(e.proc), tid_of(e.other), us(from)));
                            w.event(fmt::format("\"ph\":\"f\",\"bp\":\"e\",\"cat\":\"gil\",\"name\":\"handoff\",\"id\":{},"
                                                "\"pid\":{},\"tid\":{},\"ts\":{}",
                                                flow_id, pid_of(e.proc), tid_of(e.thread), us(t)));
                        }
                        break;
                    }
                    case LockEvent::Release:
                        if (l.holder == e.thread) close_holding(e.proc, t, e.reason);
                        l.last_releaser = e.thread;
                        l.last_release = t;
                        break;
                    case LockEvent::DropRequest:
                        w.event(fmt::format("\"ph\":\"i\",\"s\":\"t\",\"cat\":\"gil\",\"name\":\"drop_request\",\"pid\":{},"
                                            "\"tid\":{},\"ts\":{},\"args\":{{\"by\":{},\"holder\":{},\"reason\":{}}}",
                                            pid_of(e.proc), kChromeGilTid, us(t), who, other, reason));
                        break;
                    case LockEvent::ForcedSwitch:
                        w.event(fmt::format("\"ph\":\"i\",\"s\":\"t\",\"cat\":\"gil\",\"name\":\"forced_switch\",\"pid\":{},"
                                            "\"tid\":{},\"ts\":{},\"args\":{{\"thread\":{},\"reason\":{}}}",
                                            pid_of(e.proc), kChromeGilTid, us(t), who, reason));
                        break;
                    case LockEvent::FailedWakeup:
                        if (e.thread < threads.size())
                            w.event(fmt::format("\"ph\":\"i\",\"s\":\"t\",\"cat\":\"gil\",\"name\":\"failed_wakeup\","
                                                "\"pid\":{},\"tid\":{},\"ts\":{},\"args\":{{\"holder\":{}}}",
                                                pid_of(e.proc), tid_of(e.thread), us(t), other));
                        break;
                    default: break;
                }
                break;
            }
            case EventKind::Core:
                if (e.core >= cores.size()) break;
                t = std::max(t, cores[e.core].since);
                close_core(e.core, t);
                cores[e.core] = {e.thread, t};
                break;
            default: break;
        }
    }
    write_task_lanes(w, trace, end, pid_of, name_of);
    for (size_t id = 0; id < threads.size(); id++) close_state(uint32_t(id), end);
    for (size_t p = 0; p < procs.size(); p++) close_holding(uint16_t(p), end, Reason::None);
    for (size_t c = 0; c < cores.size(); c++) close_core(c, end);
    w.raw("\n]}\n");
}

}  // namespace gs
