// Test support (Catch2): a program's output must be the same under every lock policy.
#pragma once
#include <catch2/catch.hpp>

#include <string>

#include "sim/modules/engine_testing.hpp"

namespace gs::testing {

// The policies under which a program's output must not change.
inline const char* const kPolicies[] = {"py3", "py2", "ruby", "none"};

// Runs `src` under every policy: a clean exit with exactly `expected` on stdout (a
// leading newline in `expected` is for layout and is dropped).
inline void expect_output(const char* src, const char* expected) {
    std::string want = expected;
    if (!want.empty() && want[0] == '\n') want.erase(0, 1);
    for (const char* policy : kPolicies) {
        INFO("policy " << policy);
        ProgramRun r = run_python(src, policy);
        CHECK(r.result.error == "");
        CHECK(r.err == "");
        CHECK(r.exit_code == 0);
        CHECK(r.out == want);
    }
}

}  // namespace gs::testing
