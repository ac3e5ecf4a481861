// Unit tests of tuple: repr, CPython 3.11's tuple hash, ordering, + and *, indexing and
// slicing, count/index. Expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include "sim/objects/container_test_support.hpp"

using gs::BinOpKind;
using gs::Value;
using gs::ctest::Env;

TEST_CASE("tuple repr", "[tuple]") {
    Env e;
    CHECK(e.show(e.tup({})) == "()");
    CHECK(e.show(e.tup({e.i(1)})) == "(1,)");
    CHECK(e.show(e.tup({e.i(1), e.s("a")})) == "(1, 'a')");
    CHECK(e.show(e.tup({e.tup({}), e.tup({e.i(2)})})) == "((), (2,))");
}

TEST_CASE("tuple hash is CPython's xxHash-based tuplehash", "[tuple]") {
    Env e;
    CHECK(e.hash_of(e.tup({})) == 5740354900026072187LL);
    CHECK(e.hash_of(e.tup({e.i(1), e.i(2)})) == -3550055125485641917LL);
    CHECK(e.hash_of(e.tup({e.i(-1)})) == 8078679518589016365LL);
    CHECK(e.hash_of(e.tup({e.tup({})})) == -5486347211504344842LL);
    Value nested = e.tup({e.i(1), e.tup({e.i(2), e.i(3)}), Value::flt(4.5)});
    CHECK(e.hash_of(nested) == 4099221954381201776LL);
    CHECK(e.hash_of(nested) == 4099221954381201776LL);  // cached
    e.hash_of(e.tup({e.list({})}));
    CHECK(e.error() == "TypeError: unhashable type: 'list'");
}

TEST_CASE("tuple comparison is lexicographic", "[tuple]") {
    Env e;
    auto cmp = [&](Value a, Value b, gs::CmpKind k) { return e.show(gs::compare(e.th, a, b, k)); };
    Value t12 = e.tup({e.i(1), e.i(2)});
    CHECK(cmp(t12, e.tup({e.i(1), e.i(3)}), gs::CmpKind::Lt) == "True");
    CHECK(cmp(t12, e.tup({e.i(1), e.i(2)}), gs::CmpKind::Eq) == "True");
    CHECK(cmp(e.tup({e.i(1)}), t12, gs::CmpKind::Lt) == "True");
    CHECK(cmp(t12, e.tup({e.i(1)}), gs::CmpKind::Ge) == "True");
    CHECK(cmp(e.tup({e.i(1), e.s("a")}), t12, gs::CmpKind::Lt) ==
          "TypeError: '<' not supported between instances of 'str' and 'int'");
    CHECK(cmp(e.tup({e.i(1), e.s("a")}), t12, gs::CmpKind::Eq) == "False");
    CHECK(cmp(t12, e.list({e.i(1), e.i(2)}), gs::CmpKind::Eq) == "False");
    CHECK(cmp(t12, e.list({}), gs::CmpKind::Lt) ==
          "TypeError: '<' not supported between instances of 'tuple' and 'list'");
    Value nan = Value::flt(NAN);
    CHECK(cmp(e.tup({nan}), e.tup({nan}), gs::CmpKind::Eq) == "True");  // identity first
}

TEST_CASE("tuple + and *", "[tuple]") {
    Env e;
    Value t12 = e.tup({e.i(1), e.i(2)});
    CHECK(e.show(e.op(t12, BinOpKind::Add, e.tup({e.i(3)}))) == "(1, 2, 3)");
    CHECK(e.show(e.op(t12, BinOpKind::Add, e.list({}))) ==
          "TypeError: can only concatenate tuple (not \"list\") to tuple");
    CHECK(e.show(e.op(t12, BinOpKind::Mul, e.i(2))) == "(1, 2, 1, 2)");
    CHECK(e.show(e.op(e.i(2), BinOpKind::Mul, e.tup({e.i(0)}))) == "(0, 0)");
    CHECK(e.show(e.op(t12, BinOpKind::Mul, e.i(-1))) == "()");
    CHECK(e.show(e.op(t12, BinOpKind::Mul, Value::flt(2.0))) ==
          "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK(e.show(e.op(Value::flt(2.0), BinOpKind::Mul, t12)) ==
          "TypeError: can't multiply sequence by non-int of type 'float'");
    CHECK(e.show(e.op(t12, BinOpKind::Mul, t12)) == "TypeError: can't multiply sequence by non-int of type 'tuple'");
    CHECK(e.show(e.op(t12, BinOpKind::Add, e.tup({e.i(3)}), true)) == "(1, 2, 3)");  // += rebinds
    CHECK(e.show(t12) == "(1, 2)");
    CHECK(e.show(e.op(t12, BinOpKind::Sub, t12)) == "TypeError: unsupported operand type(s) for -: 'tuple' and 'tuple'");
}

TEST_CASE("tuple indexing, slicing and methods", "[tuple]") {
    Env e;
    Value t = e.make(e.in.types.tuple, {e.ints({5, 6, 7, 6})});
    CHECK(e.show(t) == "(5, 6, 7, 6)");
    CHECK(e.show(gs::getitem(e.th, t, e.i(-1))) == "6");
    CHECK(e.show(gs::getitem(e.th, t, e.i(4))) == "IndexError: tuple index out of range");
    CHECK(e.show(gs::getitem(e.th, t, e.s("a"))) == "TypeError: tuple indices must be integers or slices, not str");
    Value rev = gs::new_slice(e.th, Value::none(), Value::none(), e.i(-1));
    CHECK(e.show(gs::getitem(e.th, t, rev)) == "(6, 7, 6, 5)");
    Value zero = gs::new_slice(e.th, Value::none(), Value::none(), e.i(0));
    CHECK(e.show(gs::getitem(e.th, t, zero)) == "ValueError: slice step cannot be zero");
    CHECK(e.show(e.call(t, "count", {e.i(6)})) == "2");
    CHECK(e.show(e.call(t, "index", {e.i(6)})) == "1");
    CHECK(e.show(e.call(t, "index", {e.i(6), e.i(2)})) == "3");
    CHECK(e.show(e.call(t, "index", {e.i(9)})) == "ValueError: tuple.index(x): x not in tuple");
    CHECK(e.show(e.call(t, "index", {})) == "TypeError: index expected at least 1 argument, got 0");
    CHECK(e.show(e.call(t, "count", {})) == "TypeError: tuple.count() takes exactly one argument (0 given)");
    CHECK(gs::contains(e.th, t, e.i(7)) == 1);
    CHECK(gs::length(e.th, t) == 4);
}

TEST_CASE("tuple constructor", "[tuple]") {
    Env e;
    Value t = e.tup({e.i(1)});
    CHECK(e.make(e.in.types.tuple, {t}).is(t));  // tuple(t) is t
    CHECK(e.show(e.make(e.in.types.tuple, {})) == "()");
    CHECK(e.show(e.make(e.in.types.tuple, {e.i(1)})) == "TypeError: 'int' object is not iterable");
    CHECK(e.show(e.make(e.in.types.tuple, {e.i(1), e.i(2)})) == "TypeError: tuple expected at most 1 argument, got 2");
}
