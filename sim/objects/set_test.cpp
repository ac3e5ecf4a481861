// Unit tests of set and frozenset. Iteration order is visible in every repr, so these
// check that results are built as CPython 3.11 builds them (expected strings from it).
#include <catch2/catch.hpp>

#include "sim/objects/container_test_support.hpp"
#include "sim/objects/container_util.hpp"

using gs::BinOpKind;
using gs::Value;
using gs::ctest::Env;

namespace {

Value set_of(Env& e, Value iterable) { return e.make(e.in.types.set, {iterable}); }
Value frozen(Env& e, Value iterable) { return e.make(e.in.types.frozenset, {iterable}); }
Value range(Env& e, int64_t start, int64_t stop, int64_t step = 1) {
    return e.make(e.in.types.range, {e.i(start), e.i(stop), e.i(step)});
}

}  // namespace

TEST_CASE("set repr", "[set]") {
    Env e;
    CHECK(e.show(set_of(e, e.list({}))) == "set()");
    CHECK(e.show(e.make(e.in.types.frozenset, {})) == "frozenset()");
    CHECK(e.show(frozen(e, e.ints({1, 2}))) == "frozenset({1, 2})");
    CHECK(e.show(set_of(e, e.ints({3, 1, 2}))) == "{1, 2, 3}");
}

TEST_CASE("set operators keep CPython's order", "[set]") {
    Env e;
    Value nine = set_of(e, e.ints({9}));
    Value f123 = frozen(e, e.ints({1, 2, 3}));
    CHECK(e.show(e.op(nine, BinOpKind::Or, f123)) == "{9, 2, 3, 1}");
    CHECK(e.show(e.op(f123, BinOpKind::Or, nine)) == "frozenset({1, 2, 3, 9})");
    CHECK(e.show(e.call(set_of(e, e.ints({1, 2, 3})), "symmetric_difference", {e.ints({3, 9, 17})})) ==
          "{1, 2, 9, 17}");
    Value s = set_of(e, range(e, 0, 100, 7));
    Value s2 = set_of(e, range(e, 0, 100, 5));
    CHECK(e.show(e.op(s, BinOpKind::And, s2)) == "{0, 35, 70}");
    CHECK(e.show(e.op(s, BinOpKind::Xor, s2)) ==
          "{65, 5, 7, 10, 75, 77, 14, 15, 80, 20, 85, 84, 21, 25, 90, 91, 28, 30, 95, 98, 40, 42, 45, 49, 50, 55, 56, "
          "60, 63}");
    CHECK(e.show(e.op(s, BinOpKind::Sub, s2)) == "{98, 7, 42, 77, 14, 49, 84, 21, 56, 91, 28, 63}");
    CHECK(e.show(e.op(s, BinOpKind::Or, s2)) ==
          "{0, 5, 7, 10, 14, 15, 20, 21, 25, 28, 30, 35, 40, 42, 45, 49, 50, 55, 56, 60, 63, 65, 70, 75, 77, 80, 84, "
          "85, 90, 91, 95, 98}");
    CHECK(e.show(e.call(s, "intersection", {e.ints({35, 0, 70, 1000})})) == "{0, 35, 70}");
    CHECK(e.show(e.call(s, "union", {e.ints({200, 3}), e.tup({e.i(400)})})) ==
          "{0, 98, 35, 3, 70, 7, 200, 42, 77, 14, 400, 49, 84, 21, 56, 91, 28, 63}");
    CHECK(e.show(e.call(s, "difference", {range(e, 0, 50), e.ints({98})})) == "{70, 77, 84, 56, 91, 63}");
    Value evens = set_of(e, range(e, 0, 80, 8));
    CHECK(e.show(e.op(evens, BinOpKind::Sub, set_of(e, e.ints({0, 8})))) == "{32, 64, 72, 40, 16, 48, 24, 56}");
    CHECK(e.show(e.op(s, BinOpKind::Or, e.list({}))) == "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
    CHECK(e.show(e.op(s, BinOpKind::Or, e.list({}), true)) ==
          "TypeError: unsupported operand type(s) for |=: 'set' and 'list'");
}

TEST_CASE("set from a dict sizes its table first", "[set]") {
    Env e;
    Value d = e.make(e.in.types.dict, {});
    for (int64_t i = 0; i < 6; i++) gs::setitem(e.th, d, e.i(i * 8), e.i(0));
    CHECK(e.show(set_of(e, d)) == "{0, 16, 32, 8, 24, 40}");
    CHECK(e.show(set_of(e, e.make(e.in.types.list, {d}))) == "{0, 32, 8, 40, 16, 24}");
}

TEST_CASE("frozenset hash", "[set]") {
    Env e;
    CHECK(e.hash_of(frozen(e, e.ints({1, 2, 3}))) == -272375401224217160LL);
    CHECK(e.hash_of(e.make(e.in.types.frozenset, {})) == 133146708735736LL);
    CHECK(e.hash_of(frozen(e, e.list({e.tup({e.i(1), e.i(2)}), e.i(3)}))) == 4163603532552755580LL);
    CHECK(e.hash_of(frozen(e, e.ints({-1, -2}))) == 399283329322573LL);
    e.hash_of(set_of(e, e.list({})));
    CHECK(e.error() == "TypeError: unhashable type: 'set'");
}

TEST_CASE("set methods", "[set]") {
    Env e;
    Value s = set_of(e, e.ints({1, 2, 3, 4, 5, 6, 7, 8, 9}));
    CHECK(e.show(e.call(s, "pop")) == "1");
    CHECK(e.show(e.call(s, "pop")) == "2");
    e.call(s, "add", {e.i(1)});
    CHECK(e.show(e.call(s, "pop")) == "3");  // resumes at the finger, not at slot 0
    CHECK(e.show(s) == "{1, 4, 5, 6, 7, 8, 9}");
    CHECK(e.show(e.call(set_of(e, e.list({})), "pop")) == "KeyError: 'pop from an empty set'");
    CHECK(e.show(e.call(s, "remove", {e.i(42)})) == "KeyError: 42");
    CHECK(e.show(e.call(s, "add", {e.i(1), e.i(2)})) == "TypeError: set.add() takes exactly one argument (2 given)");
    CHECK(e.show(e.call(s, "discard", {e.list({})})) == "TypeError: unhashable type: 'list'");
    Value f = frozen(e, e.ints({1}));
    CHECK(e.call(f, "copy").is(f));
    CHECK(e.make(e.in.types.frozenset, {f}).is(f));
    CHECK(e.show(gs::getattr(e.th, f, gs::intern(e.in, "add"))) ==
          "AttributeError: 'frozenset' object has no attribute 'add'");
    // A set used as a key is looked up as the equal frozenset.
    Value holder = set_of(e, e.list({f}));
    CHECK(gs::contains(e.th, holder, set_of(e, e.ints({1}))) == 1);
    CHECK(e.show(e.call(holder, "remove", {set_of(e, e.ints({1}))})) == "None");
    CHECK(e.show(e.call(set_of(e, e.ints({1, 2})), "issubset", {e.ints({2, 1, 0})})) == "True");
    CHECK(e.show(e.call(set_of(e, e.ints({1, 2})), "issuperset", {e.ints({2})})) == "True");
    CHECK(e.show(e.call(set_of(e, e.ints({1, 2})), "isdisjoint", {e.ints({3})})) == "True");
    Value u = set_of(e, e.ints({1, 2, 3}));
    CHECK(e.show(e.call(u, "intersection_update", {e.ints({2, 3, 4})})) == "None");
    CHECK(e.show(u) == "{2, 3}");
    CHECK(e.show(e.call(u, "symmetric_difference_update", {e.ints({3, 5})})) == "None");
    CHECK(e.show(u) == "{2, 5}");
}

TEST_CASE("set comparisons", "[set]") {
    Env e;
    auto cmp = [&](Value a, Value b, gs::CmpKind k) { return e.show(gs::compare(e.th, a, b, k)); };
    Value a = set_of(e, e.ints({1, 2}));
    CHECK(cmp(a, set_of(e, e.ints({1, 2, 3})), gs::CmpKind::Lt) == "True");
    CHECK(cmp(a, a, gs::CmpKind::Lt) == "False");
    CHECK(cmp(a, frozen(e, e.ints({2, 1})), gs::CmpKind::Eq) == "True");
    CHECK(cmp(a, set_of(e, e.ints({1})), gs::CmpKind::Gt) == "True");
    CHECK(cmp(set_of(e, e.ints({1})), a, gs::CmpKind::Ge) == "False");
    CHECK(cmp(a, e.ints({1, 2}), gs::CmpKind::Eq) == "False");
    CHECK(cmp(a, e.ints({1}), gs::CmpKind::Lt) == "TypeError: '<' not supported between instances of 'set' and 'list'");
}

TEST_CASE("set iteration notices a size change", "[set]") {
    Env e;
    Value s = set_of(e, e.ints({1, 2}));
    Value it = gs::get_iter(e.th, s);
    CHECK(e.show(gs::iter_next(e.th, it)) == "1");
    e.call(s, "add", {e.i(3)});
    CHECK(e.show(gs::iter_next(e.th, it)) == "RuntimeError: Set changed size during iteration");
    CHECK(e.show(gs::iter_next(e.th, it)) == "RuntimeError: Set changed size during iteration");
}

TEST_CASE("constant set displays", "[set]") {
    Env e;
    auto display = [&](std::initializer_list<int64_t> vals) {
        std::vector<Value> items;
        for (int64_t v : vals) items.push_back(e.i(v));
        gs::Set* f = gs::set_display_constant(e.th, items.data(), uint32_t(items.size()));
        gs::Set* s = gs::new_set(e.in);
        gs::set_update_from(e.th, s, Value(f));
        return e.show(Value(f)) + " " + e.show(Value(s));
    };
    CHECK(display({3, 11, 19}) == "frozenset({19, 3, 11}) {19, 3, 11}");
    CHECK(display({9, 3, 17, 1, 2}) == "frozenset({1, 2, 3, 9, 17}) {1, 2, 3, 17, 9}");
    CHECK(display({12, 4, 20}) == "frozenset({4, 20, 12}) {4, 20, 12}");
}
