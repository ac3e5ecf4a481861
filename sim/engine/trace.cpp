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

}  // namespace gs
