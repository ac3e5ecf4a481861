// Unit tests of range and slice objects. Expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include "sim/objects/container_test_support.hpp"

using gs::Value;
using gs::ctest::Env;

namespace {

Value range(Env& e, std::initializer_list<Value> args) { return e.make(e.in.types.range, args); }
Value attr(Env& e, Value v, const char* name) { return gs::getattr(e.th, v, gs::intern(e.in, name)); }

}  // namespace

TEST_CASE("range construction and repr", "[range]") {
    Env e;
    CHECK(e.show(range(e, {e.i(5)})) == "range(0, 5)");
    CHECK(e.show(range(e, {e.i(0), e.i(10), e.i(3)})) == "range(0, 10, 3)");
    CHECK(e.show(range(e, {})) == "TypeError: range expected at least 1 argument, got 0");
    CHECK(e.show(range(e, {e.i(1), e.i(2), e.i(3), e.i(4)})) == "TypeError: range expected at most 3 arguments, got 4");
    CHECK(e.show(range(e, {e.i(1), e.i(2), e.i(0)})) == "ValueError: range() arg 3 must not be zero");
    CHECK(e.show(range(e, {Value::flt(1.0)})) == "TypeError: 'float' object cannot be interpreted as an integer");
    Value r = range(e, {e.i(0), e.i(10), e.i(3)});
    CHECK(e.show(attr(e, r, "stop")) == "10");
    CHECK(e.show(attr(e, r, "step")) == "3");
    CHECK(gs::length(e.th, r) == 4);
    CHECK(gs::length(e.th, range(e, {e.i(INT64_MIN), e.i(INT64_MAX)})) == -1);
    CHECK(e.error() == "OverflowError: Python int too large to convert to C ssize_t");
}

TEST_CASE("range indexing, slicing and membership", "[range]") {
    Env e;
    Value r = range(e, {e.i(0), e.i(10), e.i(3)});
    CHECK(e.show(gs::getitem(e.th, r, e.i(-1))) == "9");
    CHECK(e.show(gs::getitem(e.th, r, e.i(4))) == "IndexError: range object index out of range");
    CHECK(e.show(gs::getitem(e.th, r, e.s("a"))) == "TypeError: range indices must be integers or slices, not str");
    Value ten = range(e, {e.i(10)});
    Value s = gs::new_slice(e.th, e.i(1), e.i(8), e.i(2));
    CHECK(e.show(gs::getitem(e.th, ten, s)) == "range(1, 8, 2)");
    Value rev = gs::new_slice(e.th, Value::none(), Value::none(), e.i(-1));
    CHECK(e.show(gs::getitem(e.th, ten, rev)) == "range(9, -1, -1)");
    CHECK(gs::contains(e.th, r, e.i(6)) == 1);
    CHECK(gs::contains(e.th, r, e.i(7)) == 0);
    CHECK(gs::contains(e.th, ten, Value::flt(2.0)) == 1);
    CHECK(gs::contains(e.th, ten, Value::flt(2.5)) == 0);
    CHECK(gs::contains(e.th, ten, Value::boolean(true)) == 1);
    CHECK(e.show(e.call(ten, "index", {e.i(11)})) == "ValueError: 11 is not in range");
    CHECK(e.show(e.call(ten, "index", {e.s("a")})) == "ValueError: sequence.index(x): x not in sequence");
    CHECK(e.show(e.call(r, "index", {e.i(9)})) == "3");
    CHECK(e.show(e.call(ten, "count", {e.i(3)})) == "1");
    CHECK(e.items(r) == "[0, 3, 6, 9]");
    CHECK(e.items(gs::call_values(e.th, Value(e.in.types.reversed), {range(e, {e.i(1), e.i(10), e.i(3)})})) ==
          "[7, 4, 1]");
}

TEST_CASE("range equality and hash", "[range]") {
    Env e;
    auto eq = [&](Value a, Value b) { return e.show(gs::compare(e.th, a, b, gs::CmpKind::Eq)); };
    CHECK(eq(range(e, {e.i(5)}), range(e, {e.i(0), e.i(5), e.i(1)})) == "True");
    CHECK(eq(range(e, {e.i(0)}), range(e, {e.i(5), e.i(2)})) == "True");
    CHECK(eq(range(e, {e.i(0), e.i(3), e.i(2)}), range(e, {e.i(0), e.i(4), e.i(2)})) == "True");
    CHECK(e.show(gs::compare(e.th, range(e, {e.i(5)}), range(e, {e.i(6)}), gs::CmpKind::Lt)) ==
          "TypeError: '<' not supported between instances of 'range' and 'range'");
    CHECK(e.hash_of(range(e, {e.i(3)})) == -8338477496398685190LL);
    // (Ranges of length 0 and 1 hash None, whose hash in CPython 3.11 is its address.)
    CHECK(e.hash_of(range(e, {e.i(0), e.i(10), e.i(3)})) == -1816567394155750349LL);
}

TEST_CASE("slice objects", "[slice]") {
    Env e;
    Value s = e.make(e.in.types.slice, {e.i(1), e.i(2)});
    CHECK(e.show(s) == "slice(1, 2, None)");
    CHECK(e.show(attr(e, s, "start")) == "1");
    CHECK(e.show(e.make(e.in.types.slice, {})) == "TypeError: slice expected at least 1 argument, got 0");
    Value all_rev = e.make(e.in.types.slice, {Value::none(), Value::none(), e.i(-1)});
    CHECK(e.show(e.call(all_rev, "indices", {e.i(5)})) == "(4, -1, -1)");
    Value wide = e.make(e.in.types.slice, {e.i(-100), e.i(100), e.i(2)});
    CHECK(e.show(e.call(wide, "indices", {e.i(5)})) == "(0, 5, 2)");
    CHECK(e.show(e.call(s, "indices", {e.i(-1)})) == "ValueError: length should not be negative");
    CHECK(e.show(e.call(s, "indices")) == "TypeError: slice.indices() takes exactly one argument (0 given)");
    CHECK(e.show(gs::compare(e.th, s, e.make(e.in.types.slice, {e.i(1), e.i(3)}), gs::CmpKind::Lt)) == "True");
    e.hash_of(s);
    CHECK(e.error() == "TypeError: unhashable type: 'slice'");
}
