#include "sim/engine/trace.hpp"

#include <cstdlib>

namespace gs {

const char* state_name(ThreadState s) {
    static const char* const kNames[] = {
#define GS_X(n, label) label,
        GS_THREAD_STATES(GS_X)
#undef GS_X
    };
    return kNames[int(s)];
}

const char* lock_event_name(LockEvent e) {
    static const char* const kNames[] = {
#define GS_X(n, label) label,
        GS_LOCK_EVENTS(GS_X)
#undef GS_X
    };
    return kNames[int(e)];
}

const char* reason_text(Reason r) {
    static const char* const kNames[] = {
#define GS_X(n, label) label,
        GS_REASONS(GS_X)
#undef GS_X
    };
    return kNames[int(r)];
}

const char* task_code_name(TaskCode c) {
    static const char* const kNames[] = {
#define GS_X(n, label) label,
        GS_TASK_CODES(GS_X)
#undef GS_X
    };
    return kNames[int(c)];
}

Trace::Trace() : chunks_(new TraceEvent*[kMaxChunks]()) {}

Trace::~Trace() {
    for (size_t i = 0; i < kMaxChunks && chunks_[i]; i++) std::free(chunks_[i]);
}

void Trace::push(const TraceEvent& e) {
    size_t c = used_ >> kShift;
    if ((used_ & kMask) == 0) {
        if (c >= kMaxChunks) return;  // a billion events: further ones are dropped
        if (!chunks_[c]) {
            chunks_[c] = static_cast<TraceEvent*>(std::malloc(kChunk * sizeof(TraceEvent)));
            if (!chunks_[c]) std::abort();
        }
    }
    chunks_[c][used_ & kMask] = e;
    used_++;
    published_.store(used_, std::memory_order_release);
}

uint32_t Trace::add_thread(uint16_t proc, std::string name, uint32_t parent, Nanos t) {
    std::lock_guard<std::mutex> g(names_mu_);
    uint32_t id = uint32_t(threads_.size());
    threads_.push_back({id, proc, std::move(name), parent, t});
    return id;
}

void Trace::rename_thread(uint32_t id, std::string name) {
    std::lock_guard<std::mutex> g(names_mu_);
    if (id < threads_.size()) threads_[id].name = std::move(name);
}

uint16_t Trace::add_process(std::string name, uint16_t parent, Nanos t) {
    std::lock_guard<std::mutex> g(names_mu_);
    processes_.push_back(std::move(name));
    return uint16_t(processes_.size() - 1);
}

std::vector<TraceThread> Trace::threads() const {
    std::lock_guard<std::mutex> g(names_mu_);
    return threads_;
}

std::vector<std::string> Trace::processes() const {
    std::lock_guard<std::mutex> g(names_mu_);
    return processes_;
}

uint32_t Trace::intern(std::string_view s) {
    std::lock_guard<std::mutex> g(extra_mu_);
    auto it = string_ids_.find(std::string(s));
    if (it != string_ids_.end()) return it->second;
    uint32_t id = uint32_t(strings_.size());
    strings_.emplace_back(s);
    string_ids_.emplace(strings_.back(), id);
    return id;
}

std::string Trace::string(uint32_t id) const {
    std::lock_guard<std::mutex> g(extra_mu_);
    return id < strings_.size() ? strings_[id] : std::string();
}

void Trace::push_task(Nanos t, uint32_t thread, TaskCode code, uint32_t task, uint32_t label) {
    TraceEvent e{};
    e.t = t;
    e.thread = thread;
    e.other = task;
    e.arg = label;
    e.kind = EventKind::Task;
    e.code = uint8_t(code);
    e.core = kNoCore;
    {
        std::lock_guard<std::mutex> g(names_mu_);
        if (thread < threads_.size()) e.proc = threads_[thread].proc;
    }
    std::lock_guard<std::mutex> g(extra_mu_);
    tasks_.push_back(e);
}

size_t Trace::task_count() const {
    std::lock_guard<std::mutex> g(extra_mu_);
    return tasks_.size();
}

std::vector<TraceEvent> Trace::task_events(size_t from) const {
    std::lock_guard<std::mutex> g(extra_mu_);
    if (from >= tasks_.size()) return {};
    return std::vector<TraceEvent>(tasks_.begin() + std::ptrdiff_t(from), tasks_.end());
}

namespace {
thread_local Trace* tl_annotation = nullptr;
std::mutex g_annotation_mu;
Trace* g_annotation = nullptr;   // the native run's trace, when exactly one runs
int g_native_runs = 0;
}  // namespace

Trace* annotation_trace() {
    if (tl_annotation) return tl_annotation;
    std::lock_guard<std::mutex> g(g_annotation_mu);
    return g_annotation;
}

AnnotationScope::AnnotationScope(Trace* trace, bool every_thread) : every_thread_(every_thread) {
    if (!every_thread) {
        prev_ = tl_annotation;
        tl_annotation = trace;
        return;
    }
    std::lock_guard<std::mutex> g(g_annotation_mu);
    g_annotation = ++g_native_runs == 1 ? trace : nullptr;
}

AnnotationScope::~AnnotationScope() {
    if (!every_thread_) {
        tl_annotation = prev_;
        return;
    }
    std::lock_guard<std::mutex> g(g_annotation_mu);
    --g_native_runs;
    g_annotation = nullptr;  // an overlapping run that is left stays without (see trace.hpp)
}

}  // namespace gs
