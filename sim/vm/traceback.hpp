// Tracebacks: recording where an exception passed, and printing it as CPython 3.11 does
// (source lines, "~~~^~~~" markers, chained exceptions, collapsed recursion, and the
// "Did you mean" suggestions for NameError and AttributeError).
#pragma once
#include "sim/vm/runtime.hpp"

namespace gs {

// Records that the pending exception passed through `code` at instruction `pc`.
void add_traceback(Thread& t, Code* code, uint32_t pc);

// The "Did you mean: 'x'?" candidate for a misspelt name, or empty (CPython's
// Levenshtein rules from Python/suggestions.c).
std::string suggest_name(std::string_view name, const std::vector<std::string_view>& candidates);

}  // namespace gs
