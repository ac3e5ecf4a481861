// Unit tests of dict and its views. Expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include "sim/objects/container_test_support.hpp"

using gs::BinOpKind;
using gs::Value;
using gs::ctest::Env;

namespace {

Value dict_of(Env& e, std::initializer_list<std::pair<Value, Value>> items) {
    Value d = e.make(e.in.types.dict, {});
    for (auto& [k, v] : items) gs::setitem(e.th, d, k, v);
    return d;
}

}  // namespace

TEST_CASE("dict repr, items and KeyError", "[dict]") {
    Env e;
    Value d = dict_of(e, {{e.s("x"), e.i(1)}, {e.i(3), e.s("three")}});
    CHECK(e.show(d) == "{'x': 1, 3: 'three'}");
    CHECK(e.show(e.make(e.in.types.dict, {})) == "{}");
    gs::setitem(e.th, d, e.s("self"), d);
    CHECK(e.show(d) == "{'x': 1, 3: 'three', 'self': {...}}");
    CHECK(e.show(gs::getitem(e.th, d, e.tup({e.i(1), e.i(0)}))) == "KeyError: (1, 0)");
    CHECK(e.show(gs::getitem(e.th, d, e.list({}))) == "TypeError: unhashable type: 'list'");
    CHECK_FALSE(gs::delitem(e.th, d, e.i(4)));
    CHECK(e.error() == "KeyError: 4");
    CHECK(gs::delitem(e.th, d, e.s("self")));
    CHECK(e.show(e.call(d, "get", {e.i(3)})) == "'three'");
    CHECK(e.show(e.call(d, "get", {e.i(4), e.i(0)})) == "0");
    CHECK(e.show(e.call(d, "get", {})) == "TypeError: get expected at least 1 argument, got 0");
    CHECK(e.show(e.call(d, "setdefault", {e.i(5), e.list({})})) == "[]");
    CHECK(e.show(e.call(d, "pop", {e.i(5)})) == "[]");
    CHECK(e.show(e.call(d, "pop", {e.i(5)})) == "KeyError: 5");
    CHECK(e.show(e.call(d, "pop", {e.i(5), e.i(9)})) == "9");
    CHECK(e.show(e.call(d, "popitem")) == "(3, 'three')");
    CHECK(e.show(e.call(d, "popitem")) == "('x', 1)");
    CHECK(e.show(e.call(d, "popitem")) == "KeyError: 'popitem(): dictionary is empty'");
}

TEST_CASE("dict construction and update", "[dict]") {
    Env e;
    Value pairs = e.list({e.tup({e.i(1), e.i(2)}), e.list({e.i(3), e.i(4)})});
    CHECK(e.show(e.make(e.in.types.dict, {pairs})) == "{1: 2, 3: 4}");
    CHECK(e.show(e.make(e.in.types.dict, {e.list({e.tup({e.i(1), e.i(2), e.i(3)})})})) ==
          "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    CHECK(e.show(e.make(e.in.types.dict, {e.list({e.tup({e.i(1), e.i(2)}), e.i(1)})})) ==
          "TypeError: cannot convert dictionary update sequence element #1 to a sequence");
    CHECK(e.show(e.make(e.in.types.dict, {e.i(1)})) == "TypeError: 'int' object is not iterable");
    CHECK(e.show(e.make(e.in.types.dict, {e.i(1), e.i(2)})) == "TypeError: dict expected at most 1 argument, got 2");
    Value d = dict_of(e, {{e.i(1), e.i(1)}});
    CHECK(e.show(e.call(d, "update", {e.list({e.tup({e.i(2), e.i(2)})})}, {{"k", e.i(3)}})) == "None");
    CHECK(e.show(d) == "{1: 1, 2: 2, 'k': 3}");
    Value f = gs::getattr(e.th, Value(e.in.types.dict), gs::intern(e.in, "fromkeys"));
    CHECK(e.show(gs::call_values(e.th, f, {e.ints({1, 2})})) == "{1: None, 2: None}");
    CHECK(e.show(e.call(d, "fromkeys", {e.s("ab"), e.i(0)})) == "{'a': 0, 'b': 0}");
    CHECK(e.show(e.op(dict_of(e, {{e.i(1), e.i(2)}}), BinOpKind::Or, dict_of(e, {{e.i(3), e.i(4)}}))) ==
          "{1: 2, 3: 4}");
    CHECK(e.show(e.op(d, BinOpKind::Or, e.list({}))) == "TypeError: unsupported operand type(s) for |: 'dict' and 'list'");
    CHECK(e.op(d, BinOpKind::Or, e.list({e.tup({e.i(9), e.i(9)})}), true).is(d));
    CHECK(e.show(d) == "{1: 1, 2: 2, 'k': 3, 9: 9}");
}

TEST_CASE("dict comparison", "[dict]") {
    Env e;
    Value a = dict_of(e, {{e.i(1), e.i(2)}, {e.i(3), e.i(4)}});
    Value b = dict_of(e, {{e.i(3), e.i(4)}, {e.i(1), e.i(2)}});
    CHECK(e.show(gs::compare(e.th, a, b, gs::CmpKind::Eq)) == "True");
    CHECK(e.show(gs::compare(e.th, a, dict_of(e, {{e.i(1), e.i(2)}}), gs::CmpKind::Ne)) == "True");
    CHECK(e.show(gs::compare(e.th, a, b, gs::CmpKind::Lt)) ==
          "TypeError: '<' not supported between instances of 'dict' and 'dict'");
}

TEST_CASE("dict views", "[dict]") {
    Env e;
    Value d = dict_of(e, {{e.i(5), e.s("a")}, {e.i(13), e.s("b")}, {e.i(21), e.s("c")}});
    Value keys = e.call(d, "keys");
    CHECK(e.show(keys) == "dict_keys([5, 13, 21])");
    CHECK(e.show(e.call(d, "values")) == "dict_values(['a', 'b', 'c'])");
    CHECK(e.show(e.call(d, "items")) == "dict_items([(5, 'a'), (13, 'b'), (21, 'c')])");
    Value s = e.make(e.in.types.set, {e.ints({13, 21, 99})});
    CHECK(e.show(e.op(keys, BinOpKind::And, s)) == "{21, 13}");
    CHECK(e.show(e.op(keys, BinOpKind::Or, e.make(e.in.types.set, {e.ints({1})}))) == "{1, 13, 21, 5}");
    CHECK(e.show(e.op(keys, BinOpKind::Sub, e.make(e.in.types.set, {e.ints({5})}))) == "{13, 21}");
    CHECK(e.show(e.op(keys, BinOpKind::Xor, e.make(e.in.types.set, {e.ints({5, 6})}))) == "{13, 21, 6}");
    CHECK(e.show(e.op(e.ints({5, 7}), BinOpKind::Sub, keys)) == "{7}");
    CHECK(e.show(e.op(keys, BinOpKind::And, e.i(1))) == "TypeError: 'int' object is not iterable");
    Value i1 = e.call(dict_of(e, {{e.i(1), e.i(2)}, {e.i(3), e.i(4)}}), "items");
    Value i2 = e.call(dict_of(e, {{e.i(1), e.i(2)}, {e.i(3), e.i(5)}}), "items");
    CHECK(e.show(e.op(i1, BinOpKind::Xor, i2)) == "{(3, 4), (3, 5)}");
    CHECK(gs::contains(e.th, i1, e.tup({e.i(3), e.i(4)})) == 1);
    CHECK(gs::contains(e.th, i1, e.tup({e.list({}), e.i(4)})) == -1);
    e.error();
    CHECK(gs::contains(e.th, i1, e.tup({e.list({})})) == 0);
    CHECK(e.show(gs::compare(e.th, keys, e.make(e.in.types.set, {e.ints({21, 13, 5})}), gs::CmpKind::Eq)) == "True");
    CHECK(e.show(gs::compare(e.th, keys, e.make(e.in.types.set, {e.ints({21, 13, 5, 0})}), gs::CmpKind::Lt)) ==
          "True");
    e.hash_of(keys);
    CHECK(e.error() == "TypeError: unhashable type: 'dict_keys'");
    gs::setitem(e.th, d, e.i(0), e.i(0));
    CHECK(e.show(keys) == "dict_keys([5, 13, 21, 0])");  // views are live
    CHECK(e.items(gs::call_values(e.th, Value(e.in.types.reversed), {e.call(d, "values")})) == "[0, 'c', 'b', 'a']");
}

TEST_CASE("dict iteration notices changes", "[dict]") {
    Env e;
    Value d = dict_of(e, {{e.i(1), e.i(1)}, {e.i(2), e.i(2)}});
    Value it = gs::get_iter(e.th, d);
    CHECK(e.show(gs::iter_next(e.th, it)) == "1");
    gs::setitem(e.th, d, e.i(3), e.i(3));
    CHECK(e.show(gs::iter_next(e.th, it)) == "RuntimeError: dictionary changed size during iteration");
    Value it2 = gs::get_iter(e.th, e.call(d, "items"));
    CHECK(e.show(gs::iter_next(e.th, it2)) == "(1, 1)");
    gs::delitem(e.th, d, e.i(2));
    gs::setitem(e.th, d, e.i(4), e.i(4));
    CHECK(e.show(gs::iter_next(e.th, it2)) == "(3, 3)");
    CHECK(e.show(gs::iter_next(e.th, it2)) == "(4, 4)");
    Value small = dict_of(e, {{e.i(1), e.i(1)}, {e.i(2), e.i(2)}});
    Value it3 = gs::get_iter(e.th, small);
    CHECK(e.show(gs::iter_next(e.th, it3)) == "1");
    gs::delitem(e.th, small, e.i(1));
    gs::setitem(e.th, small, e.i(3), e.i(3));
    CHECK(e.show(gs::iter_next(e.th, it3)) == "2");
    CHECK(e.show(gs::iter_next(e.th, it3)) == "RuntimeError: dictionary keys changed during iteration");
}

TEST_CASE("reversed dicts and views", "[dict]") {
    Env e;
    Value d = dict_of(e, {{e.i(1), e.i(2)}, {e.i(3), e.i(4)}, {e.i(5), e.i(6)}});
    gs::Type* rv = e.in.types.reversed;
    Value it = e.make(rv, {d});
    CHECK(e.show(it).rfind("<dict_reversekeyiterator object at 0x", 0) == 0);
    CHECK(e.items(it) == "[5, 3, 1]");
    CHECK(e.items(e.make(rv, {e.call(d, "values")})) == "[6, 4, 2]");
    CHECK(e.items(e.make(rv, {e.call(d, "items")})) == "[(5, 6), (3, 4), (1, 2)]");
    CHECK(e.show(Value(gs::type_of(e.in, e.make(rv, {e.call(d, "items")})))) == "<class 'dict_reverseitemiterator'>");
    Value it2 = e.make(rv, {d});
    CHECK(e.show(gs::iter_next(e.th, it2)) == "5");
    gs::setitem(e.th, d, e.i(9), e.i(9));
    CHECK(e.show(gs::iter_next(e.th, it2)) == "RuntimeError: dictionary changed size during iteration");
}
