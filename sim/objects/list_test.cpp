// Unit tests of list: repr (with the recursion guard), item and slice assignment, the
// methods and their error messages, and sort (timsort's comparison order decides which
// error a mixed list raises). Expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include <algorithm>

#include "sim/objects/container_test_support.hpp"

using gs::BinOpKind;
using gs::Value;
using gs::ctest::Env;

namespace {

Value slice(Env& e, Value start, Value stop, Value step = Value::none()) {
    return gs::new_slice(e.th, start, stop, step);
}

// A key function: the first item of a tuple.
Value first_item(gs::Thread& t, Value* args, int nargs, gs::Tuple*) { return gs::as<gs::Tuple>(args[0])->items()[0]; }

}  // namespace

TEST_CASE("list repr guards against recursion", "[list]") {
    Env e;
    Value l = e.ints({1});
    CHECK(e.show(l) == "[1]");
    CHECK(e.show(e.list({})) == "[]");
    e.call(l, "append", {l});
    CHECK(e.show(l) == "[1, [...]]");
    CHECK(e.show(e.tup({l})) == "([1, [...]],)");
    CHECK(e.th.temp_roots.empty());  // the guard cleaned up after itself
}

TEST_CASE("list item and slice assignment", "[list]") {
    Env e;
    Value x = e.make(e.in.types.list, {e.make(e.in.types.range, {e.i(30)})});
    Value none = Value::none();
    CHECK(gs::setitem(e.th, x, slice(e, e.i(5), e.i(25), e.i(3)), e.make(e.in.types.range, {e.i(7)})));
    CHECK(e.show(x) ==
          "[0, 1, 2, 3, 4, 0, 6, 7, 1, 9, 10, 2, 12, 13, 3, 15, 16, 4, 18, 19, 5, 21, 22, 6, 24, 25, 26, 27, 28, 29]");
    CHECK(gs::delitem(e.th, x, slice(e, none, none, e.i(4))));
    CHECK(e.show(x) == "[1, 2, 3, 0, 6, 7, 9, 10, 2, 13, 3, 15, 4, 18, 19, 21, 22, 6, 25, 26, 27, 29]");
    CHECK(gs::setitem(e.th, x, slice(e, e.i(3), e.i(1)), e.list({e.s("a"), e.s("b")})));
    CHECK(e.show(x) == "[1, 2, 3, 'a', 'b', 0, 6, 7, 9, 10, 2, 13, 3, 15, 4, 18, 19, 21, 22, 6, 25, 26, 27, 29]");
    CHECK(gs::setitem(e.th, x, slice(e, e.i(-100), e.i(2)), e.list({})));
    CHECK(e.show(x) == "[3, 'a', 'b', 0, 6, 7, 9, 10, 2, 13, 3, 15, 4, 18, 19, 21, 22, 6, 25, 26, 27, 29]");

    Value a = e.ints({1, 2, 3});
    CHECK_FALSE(gs::setitem(e.th, a, slice(e, none, none, e.i(2)), e.ints({1})));
    CHECK(e.error() == "ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
    CHECK_FALSE(gs::setitem(e.th, a, slice(e, none, none, e.i(2)), e.i(1)));
    CHECK(e.error() == "TypeError: must assign iterable to extended slice");
    CHECK_FALSE(gs::setitem(e.th, a, slice(e, e.i(0), e.i(1)), e.i(1)));
    CHECK(e.error() == "TypeError: can only assign an iterable");
    CHECK_FALSE(gs::setitem(e.th, a, e.i(5), e.i(1)));
    CHECK(e.error() == "IndexError: list assignment index out of range");
    CHECK_FALSE(gs::delitem(e.th, a, e.i(-4)));
    CHECK(e.error() == "IndexError: list assignment index out of range");
    CHECK_FALSE(gs::setitem(e.th, a, e.s("x"), e.i(1)));
    CHECK(e.error() == "TypeError: list indices must be integers or slices, not str");
    CHECK(gs::setitem(e.th, a, slice(e, none, none, e.i(-1)), a));  // a[::-1] = a
    CHECK(e.show(a) == "[3, 2, 1]");
    CHECK(gs::setitem(e.th, a, slice(e, e.i(1), e.i(1)), a));  // a[1:1] = a
    CHECK(e.show(a) == "[3, 3, 2, 1, 2, 1]");
    CHECK(e.show(gs::getitem(e.th, a, slice(e, e.i(-2), none))) == "[2, 1]");
    CHECK(e.show(gs::getitem(e.th, a, e.i(6))) == "IndexError: list index out of range");
}

TEST_CASE("list methods and their errors", "[list]") {
    Env e;
    Value l = e.ints({1, 2});
    CHECK(e.show(e.call(l, "append", {})) == "TypeError: list.append() takes exactly one argument (0 given)");
    CHECK(e.show(e.call(l, "insert", {e.i(1)})) == "TypeError: insert expected 2 arguments, got 1");
    CHECK(e.show(e.call(l, "insert", {e.i(-10), e.i(0)})) == "None");
    CHECK(e.show(e.call(l, "insert", {e.i(10), e.i(3)})) == "None");
    CHECK(e.show(l) == "[0, 1, 2, 3]");
    CHECK(e.show(e.call(l, "pop", {e.i(1)})) == "1");
    CHECK(e.show(e.call(l, "pop")) == "3");
    CHECK(e.show(e.call(l, "pop", {e.i(5)})) == "IndexError: pop index out of range");
    CHECK(e.show(e.call(l, "pop", {Value::flt(1.0)})) == "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(e.show(e.call(e.list({}), "pop")) == "IndexError: pop from empty list");
    CHECK(e.show(e.call(l, "remove", {e.i(7)})) == "ValueError: list.remove(x): x not in list");
    CHECK(e.show(e.call(l, "index", {e.i(7)})) == "ValueError: 7 is not in list");
    CHECK(e.show(e.call(l, "index", {e.i(2), e.s("a")})) ==
          "TypeError: slice indices must be integers or have an __index__ method");
    CHECK(e.show(e.call(l, "copy", {e.i(1)})) == "TypeError: list.copy() takes no arguments (1 given)");
    CHECK(e.show(e.call(l, "extend", {e.i(1)})) == "TypeError: 'int' object is not iterable");
    CHECK(e.show(e.call(l, "extend", {l})) == "None");
    CHECK(e.show(l) == "[0, 2, 0, 2]");
    CHECK(e.show(e.call(l, "count", {e.i(2)})) == "2");
    CHECK(e.show(e.call(l, "reverse")) == "None");
    CHECK(e.show(e.call(l, "remove", {e.i(2)})) == "None");
    CHECK(e.show(l) == "[0, 2, 0]");
    CHECK(e.show(e.call(l, "clear")) == "None");
    CHECK(e.show(l) == "[]");
}

TEST_CASE("list operators", "[list]") {
    Env e;
    Value l = e.ints({1});
    CHECK(e.show(e.op(l, BinOpKind::Add, e.tup({}))) == "TypeError: can only concatenate list (not \"tuple\") to list");
    CHECK(e.show(e.op(l, BinOpKind::Add, e.ints({2}))) == "[1, 2]");
    CHECK(e.op(l, BinOpKind::Add, e.tup({e.i(2)}), true).is(l));  // += extends in place
    CHECK(e.show(l) == "[1, 2]");
    CHECK(e.show(e.op(l, BinOpKind::Add, e.i(1), true)) == "TypeError: 'int' object is not iterable");
    CHECK(e.show(e.op(e.i(2), BinOpKind::Mul, l)) == "[1, 2, 1, 2]");
    CHECK(e.op(l, BinOpKind::Mul, e.i(2), true).is(l));
    CHECK(e.show(l) == "[1, 2, 1, 2]");
    CHECK(e.show(e.op(l, BinOpKind::Mul, e.s("a"), true)) == "TypeError: can't multiply sequence by non-int of type 'str'");
    CHECK(e.show(e.op(l, BinOpKind::Mul, Value::boolean(false))) == "[]");
    CHECK(e.show(gs::compare(e.th, e.ints({1, 2}), e.ints({1, 3}), gs::CmpKind::Lt)) == "True");
    CHECK(e.show(gs::compare(e.th, e.ints({1, 2}), e.ints({1}), gs::CmpKind::Eq)) == "False");
    CHECK(e.show(gs::compare(e.th, e.ints({1}), e.tup({e.i(1)}), gs::CmpKind::Lt)) ==
          "TypeError: '<' not supported between instances of 'list' and 'tuple'");
}

TEST_CASE("list.sort", "[list][sort]") {
    Env e;
    Value mixed = e.list({e.i(3), e.s("a"), e.i(1)});
    CHECK(e.show(e.call(mixed, "sort")) == "TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK(e.show(mixed) == "[3, 'a', 1]");  // a permutation of the input survives
    CHECK(e.show(e.call(mixed, "sort", {e.i(1)})) == "TypeError: sort() takes no positional arguments");
    CHECK(e.show(e.call(mixed, "sort", {}, {{"x", e.i(1)}})) == "TypeError: 'x' is an invalid keyword argument for sort()");
    CHECK(e.show(e.call(mixed, "sort", {}, {{"reverse", Value::none()}})) ==
          "TypeError: 'NoneType' object cannot be interpreted as an integer");

    Value l = e.ints({3, 1, 2});
    CHECK(e.show(e.call(l, "sort", {}, {{"reverse", Value::boolean(true)}})) == "None");
    CHECK(e.show(l) == "[3, 2, 1]");

    // 300 values with many duplicates, larger than a minrun: exercises runs and merges.
    std::vector<int64_t> want;
    Value big = e.list({});
    for (int64_t i = 0; i < 300; i++) {
        want.push_back((i * 7919) % 101);
        gs::as<gs::List>(big)->items.push_back(e.i(want.back()));
    }
    std::sort(want.begin(), want.end());
    CHECK(e.show(e.call(big, "sort")) == "None");
    bool same = true;
    for (size_t i = 0; i < want.size(); i++) same = same && gs::as<gs::List>(big)->items[i].i == want[i];
    CHECK(same);

    // Stability with a key, in reverse: items with equal keys keep their order.
    Value pairs = e.list({});
    for (int64_t i = 0; i < 20; i++) gs::as<gs::List>(pairs)->items.push_back(e.tup({e.i(i % 5), e.i(i)}));
    Value key = Value(gs::new_native(e.in, "first", first_item));
    CHECK(e.show(e.call(pairs, "sort", {}, {{"key", key}, {"reverse", Value::boolean(true)}})) == "None");
    CHECK(e.show(gs::getitem(e.th, pairs, slice(e, Value::none(), e.i(6)))) ==
          "[(4, 4), (4, 9), (4, 14), (4, 19), (3, 3), (3, 8)]");
}

TEST_CASE("list constructor", "[list]") {
    Env e;
    CHECK(e.show(e.make(e.in.types.list, {})) == "[]");
    CHECK(e.show(e.make(e.in.types.list, {e.tup({e.i(1), e.i(2)})})) == "[1, 2]");
    CHECK(e.show(e.make(e.in.types.list, {e.i(1)})) == "TypeError: 'int' object is not iterable");
    CHECK(e.show(e.make(e.in.types.list, {e.i(1), e.i(2)})) == "TypeError: list expected at most 1 argument, got 2");
    Value l = e.ints({1});
    CHECK_FALSE(e.make(e.in.types.list, {l}).is(l));  // list(l) copies
}
