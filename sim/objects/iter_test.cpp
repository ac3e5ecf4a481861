// Unit tests of the builtin iterators and the enumerate/zip/map/filter/reversed types.
// Expected values come from CPython 3.11.
#include <catch2/catch.hpp>

#include "sim/objects/container_test_support.hpp"

using gs::Value;
using gs::ctest::Env;

namespace {

Value add(gs::Thread& t, Value* args, int nargs, gs::Tuple*) { return Value::integer(args[0].i + args[1].i); }
Value odd(gs::Thread& t, Value* args, int nargs, gs::Tuple*) { return Value::integer(args[0].i % 2); }

}  // namespace

TEST_CASE("iterator reprs and protocol", "[iter]") {
    Env e;
    Value it = gs::get_iter(e.th, e.ints({1}));
    CHECK(e.show(it).rfind("<list_iterator object at 0x", 0) == 0);
    CHECK(e.show(gs::get_iter(e.th, e.tup({}))).rfind("<tuple_iterator object at 0x", 0) == 0);
    CHECK(e.show(gs::get_iter(e.th, e.make(e.in.types.set, {}))).rfind("<set_iterator object at 0x", 0) == 0);
    CHECK(gs::get_iter(e.th, it).is(it));
    CHECK(e.show(e.call(it, "__next__")) == "1");
    CHECK(e.show(e.call(it, "__next__")) == "StopIteration");
    CHECK(e.show(gs::get_iter(e.th, e.i(1))) == "TypeError: 'int' object is not iterable");
    CHECK(e.items(e.s("h\xc3\xa9\xe2\x82\xac")) == "['h', '\xc3\xa9', '\xe2\x82\xac']");
}

TEST_CASE("enumerate", "[iter]") {
    Env e;
    gs::Type* en = e.in.types.enumerate;
    CHECK(e.items(e.make(en, {e.s("ab"), e.i(-3)})) == "[(-3, 'a'), (-2, 'b')]");
    CHECK(e.show(e.make(en, {})) == "TypeError: enumerate() missing required argument 'iterable'");
    CHECK(e.show(e.make(en, {e.i(1), e.i(2), e.i(3)})) == "TypeError: enumerate() takes at most 2 arguments (3 given)");
    CHECK(e.show(e.make(en, {e.list({}), e.s("a")})) == "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(e.show(e.make(en, {e.i(1)})) == "TypeError: 'int' object is not iterable");
}

TEST_CASE("zip", "[iter]") {
    Env e;
    gs::Type* z = e.in.types.zip;
    CHECK(e.items(e.make(z, {e.ints({1, 2, 3}), e.s("ab")})) == "[(1, 'a'), (2, 'b')]");
    CHECK(e.items(e.make(z, {})) == "[]");
    auto zip_strict = [&](std::initializer_list<Value> args) {
        Value fn = Value(z);
        std::vector<Value> buf(args.size() + 2);
        size_t n = 1;
        for (Value v : args) buf[n++] = v;
        buf[n++] = Value::boolean(true);
        gs::Tuple* names = gs::new_tuple(e.in, 1);
        names->items()[0] = Value(gs::intern(e.in, "strict"));
        return e.items(gs::call(e.th, fn, buf.data() + 1, int(n - 1), names));
    };
    CHECK(zip_strict({e.ints({1, 2}), e.ints({3})}) == "ValueError: zip() argument 2 is shorter than argument 1");
    CHECK(zip_strict({e.ints({1}), e.ints({3, 4})}) == "ValueError: zip() argument 2 is longer than argument 1");
    CHECK(zip_strict({e.ints({1}), e.ints({3}), e.ints({5, 6})}) ==
          "ValueError: zip() argument 3 is longer than arguments 1-2");
    CHECK(zip_strict({e.ints({1}), e.ints({3})}) == "[(1, 3)]");
}

TEST_CASE("map and filter", "[iter]") {
    Env e;
    Value plus = Value(gs::new_native(e.in, "add", add));
    CHECK(e.items(e.make(e.in.types.map, {plus, e.ints({1, 2, 3}), e.ints({10, 20})})) == "[11, 22]");
    CHECK(e.show(e.make(e.in.types.map, {plus})) == "TypeError: map() must have at least two arguments.");
    Value is_odd = Value(gs::new_native(e.in, "odd", odd));
    CHECK(e.items(e.make(e.in.types.filter, {is_odd, e.ints({1, 2, 3, 4, 5})})) == "[1, 3, 5]");
    CHECK(e.items(e.make(e.in.types.filter, {Value::none(), e.list({e.i(0), e.i(1), e.s(""), e.s("a")})})) ==
          "[1, 'a']");
    CHECK(e.show(e.make(e.in.types.filter, {Value::none()})) == "TypeError: filter expected 2 arguments, got 1");
}

TEST_CASE("reversed", "[iter]") {
    Env e;
    gs::Type* rv = e.in.types.reversed;
    CHECK(e.items(e.make(rv, {e.ints({1, 2, 3})})) == "[3, 2, 1]");
    CHECK(e.show(e.make(rv, {e.ints({1})})).rfind("<list_reverseiterator object at 0x", 0) == 0);
    CHECK(e.items(e.make(rv, {e.tup({e.i(1), e.i(2)})})) == "[2, 1]");
    CHECK(e.show(e.make(rv, {e.tup({})})).rfind("<reversed object at 0x", 0) == 0);
    CHECK(e.items(e.make(rv, {e.s("abc")})) == "['c', 'b', 'a']");
    CHECK(e.show(e.make(rv, {e.make(e.in.types.set, {})})) == "TypeError: 'set' object is not reversible");
    CHECK(e.show(e.make(rv, {e.i(1)})) == "TypeError: 'int' object is not reversible");
    CHECK(e.show(e.make(rv, {})) == "TypeError: reversed expected 1 argument, got 0");
}
