// Unit tests of the function-like types: reprs, hashing and bound-method equality.
#include <catch2/catch.hpp>

#include "sim/modules/builtins_test_support.hpp"

using gs::Value;
using gs::testing::Py;

namespace {

bool starts_with(const std::string& s, std::string_view prefix) { return s.rfind(prefix, 0) == 0; }
bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Value make_function(Py& py, const char* name, const char* qualname) {
    auto* code = py.in.heap.make<gs::Code>(py.in.types.code, 0);
    code->name = gs::intern(py.in, name);
    code->qualname = gs::intern(py.in, qualname);
    auto* f = py.in.heap.make<gs::Function>(py.in.types.function, 0);
    f->code = code;
    f->globals = gs::new_dict(py.in);
    f->name = code->name;
    f->qualname = code->qualname;
    return Value(f);
}

Value bound(Py& py, Value func, Value self) {
    auto* m = py.in.heap.make<gs::BoundMethod>(py.in.types.method, 0);
    m->func = func;
    m->self = self;
    return Value(m);
}

Value noop(gs::Thread&, Value*, int, gs::Tuple*) { return Value::none(); }
Value other(gs::Thread&, Value*, int, gs::Tuple*) { return Value::none(); }

Value bound_native(Py& py, gs::NativeFn fn, Value self) {
    gs::Native* n = gs::new_native(py.in, "append", fn, py.in.types.list);
    n->self = self;
    return Value(n);
}

}  // namespace

TEST_CASE("function and bound method reprs", "[functions]") {
    Py py;
    Value f = make_function(py, "f", "A.f");
    std::string r = py.show(f);
    CHECK(starts_with(r, "<function A.f at 0x"));
    CHECK(ends_with(r, ">"));
    CHECK(py.show(bound(py, f, py.i(5))) == "<bound method A.f of 5>");
    Value cls = bound(py, f, Value(py.in.types.int_));
    CHECK(py.show(cls) == "<bound method A.f of <class 'int'>>");
}

TEST_CASE("builtin function and method reprs", "[functions]") {
    Py py;
    CHECK(py.show(py.builtin("len")) == "<built-in function len>");
    Value unbound = Value(gs::new_native(py.in, "append", noop, py.in.types.list));
    CHECK(py.show(unbound) == "<method 'append' of 'list' objects>");
    std::string r = py.show(bound_native(py, noop, py.list({})));
    CHECK(starts_with(r, "<built-in method append of list object at 0x"));
}

TEST_CASE("bound methods compare and hash by receiver and function", "[functions]") {
    Py py;
    Value f = make_function(py, "f", "A.f"), g = make_function(py, "g", "A.g");
    Value self = py.list({}), self2 = py.list({});
    Value m1 = bound(py, f, self), m2 = bound(py, f, self);
    CHECK(gs::eq(py.th, m1, m2) == 1);
    CHECK(gs::compare_bool(py.th, m1, m2, gs::CmpKind::Ne) == 0);
    CHECK(gs::eq(py.th, m1, bound(py, f, self2)) == 0);
    CHECK(gs::eq(py.th, m1, bound(py, g, self)) == 0);
    int64_t h1, h2;
    REQUIRE(gs::hash(py.th, m1, &h1));
    REQUIRE(gs::hash(py.th, m2, &h2));
    CHECK(h1 == h2);
    CHECK(gs::compare(py.th, m1, m2, gs::CmpKind::Lt).is_null());
    CHECK(py.error() == "TypeError: '<' not supported between instances of 'method' and 'method'");

    Value n1 = bound_native(py, noop, self), n2 = bound_native(py, noop, self);
    CHECK(gs::eq(py.th, n1, n2) == 1);
    CHECK(gs::eq(py.th, n1, bound_native(py, noop, self2)) == 0);
    CHECK(gs::eq(py.th, n1, bound_native(py, other, self)) == 0);
    REQUIRE(gs::hash(py.th, n1, &h1));
    REQUIRE(gs::hash(py.th, n2, &h2));
    CHECK(h1 == h2);
}

TEST_CASE("cell, code, module and descriptor reprs; identity hashes", "[functions]") {
    Py py;
    auto* cell = py.in.heap.make<gs::Cell>(py.in.types.cell, 0);
    std::string r = py.show(Value(cell));
    CHECK(starts_with(r, "<cell at 0x"));
    CHECK(ends_with(r, ": empty>"));
    cell->value = py.list({});
    r = py.show(Value(cell));
    CHECK(r.find(": list object at 0x") != std::string::npos);

    Value f = make_function(py, "f", "f");
    r = py.show(Value(gs::as<gs::Function>(f)->code));
    CHECK(starts_with(r, "<code object f at 0x"));

    auto* m = py.in.heap.make<gs::Module>(py.in.types.module, 0);
    m->name = gs::intern(py.in, "sys");
    m->dict = gs::new_dict(py.in);
    gs::dict_set_str(py.in, m->dict, py.in.names.__name__, py.s("sys"));
    CHECK(py.show(Value(m)) == "<module 'sys' (built-in)>");
    gs::dict_set_str(py.in, m->dict, py.in.names.__file__, py.s("/tmp/x.py"));
    CHECK(py.show(Value(m)) == "<module 'sys' from '/tmp/x.py'>");

    Value sm = py.call_kw(Value(py.in.types.staticmethod), {f});
    CHECK(starts_with(py.show(sm), "<staticmethod(<function f at 0x"));
    CHECK(ends_with(py.show(sm), ">)>"));
    Value cm = py.call_kw(Value(py.in.types.classmethod), {f});
    CHECK(starts_with(py.show(cm), "<classmethod(<function f at 0x"));
    Value prop = py.call_kw(Value(py.in.types.property), {f});
    CHECK(starts_with(py.show(prop), "<property object at 0x"));

    int64_t h;
    for (Value v : {f, Value(cell), Value(m), sm, py.builtin("len")}) CHECK(gs::hash(py.th, v, &h));
}
