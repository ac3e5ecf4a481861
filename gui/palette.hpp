// Colours and shapes of the thread states, in one table, so that the timeline, the
// legend, the statistics bars and the tests all agree. The palette is the one users of
// timeline tools expect (../shared/reference/timeline.md): running green, wants the lock
// red, runnable without a core blue, I/O yellow, sleeping grey. Colour is never the only
// cue: each state also has a shape (full bar, hatched bar, outlined box, low bar) and a
// label drawn inside spans wide enough for it.
#pragma once
#include <imgui.h>

#include <cstdint>

#include "sim/engine/trace.hpp"

namespace gs::gui {

enum class Shape : uint8_t { Full, Hatched, Outline, Low, Line };

struct StateStyle {
    ImU32 color;
    Shape shape;
    const char* label;  // short, drawn inside spans
};

// X(state, rgb, shape, label): one row per ThreadState, in its order.
#define GS_STATE_STYLES(X)                                   \
    X(Created, 0x707070, Line, "created")                    \
    X(Running, 0x43A047, Full, "running")                    \
    X(WantsGil, 0xE53935, Hatched, "wants GIL")              \
    X(Ready, 0x1E88E5, Outline, "ready")                     \
    X(Io, 0xFDD835, Low, "I/O")                              \
    X(Sleeping, 0x9E9E9E, Low, "sleep")                      \
    X(Blocked, 0xFB8C00, Low, "blocked")                     \
    X(Native, 0x00ACC1, Full, "native")                      \
    X(Done, 0x404040, Line, "done")

constexpr ImU32 rgb(uint32_t hex, uint8_t a = 255) {
    return ImU32((hex >> 16) & 0xff) | (ImU32((hex >> 8) & 0xff) << 8) | (ImU32(hex & 0xff) << 16) | (ImU32(a) << 24);
}

inline const StateStyle& state_style(ThreadState s) {
    static const StateStyle kStyles[] = {
#define GS_X(st, hex, shape, label) {rgb(hex), Shape::shape, label},
        GS_STATE_STYLES(GS_X)
#undef GS_X
    };
    return kStyles[int(s)];
}

// Darker or lighter by a factor (0.7: 30% darker).
inline ImU32 scale(ImU32 c, float f) {
    auto ch = [&](int shift) {
        float v = float((c >> shift) & 0xff) * f;
        return ImU32(v > 255 ? 255 : v) << shift;
    };
    return ch(0) | ch(8) | ch(16) | (c & 0xff000000u);
}

// A colour per thread for the lock-owner and core lanes (who holds it, who runs), muted
// so that they do not read as states.
inline ImU32 thread_color(uint32_t id) {
    static const uint32_t kHues[] = {0x7E57C2, 0x26A69A, 0xEC407A, 0x8D6E63, 0x5C6BC0, 0x9CCC65, 0xFFA726, 0x78909C};
    return rgb(kHues[id % (sizeof(kHues) / sizeof(kHues[0]))]);
}

// asyncio task sub-lanes (TaskCode Ready, Running, Waiting): running and ready as the
// thread states; waiting (suspended on an await) muted, so that the running slivers
// and the long ready spans of a blocked loop stand out.
constexpr ImU32 kColTaskWaiting = rgb(0x546E7A);
inline void task_style(TaskCode c, ImU32& fill, ImU32& edge) {
    switch (c) {
        case TaskCode::Running: fill = edge = state_style(ThreadState::Running).color; return;
        case TaskCode::Waiting: fill = edge = kColTaskWaiting; return;
        default:
            edge = state_style(ThreadState::Ready).color;
            fill = scale(edge, 0.45f);
            return;
    }
}

constexpr ImU32 kColDropRequest = rgb(0xFFB300);
constexpr ImU32 kColForced = rgb(0xFF1744);
constexpr ImU32 kColHandoff = rgb(0xE0E0E0, 200);
constexpr ImU32 kColWaiters = rgb(0xE53935, 170);
constexpr ImU32 kColSelection = rgb(0x64B5F6, 50);
constexpr ImU32 kColError = rgb(0xC62828);
constexpr ImU32 kColErrorBg = rgb(0x3A1212);

}  // namespace gs::gui
