// Unit tests of the exception types: construction, repr/str, and the per-type state.
#include <catch2/catch.hpp>

#include "sim/modules/builtins_test_support.hpp"

using gs::Value;
using gs::testing::Py;

namespace {

Value make(Py& py, gs::Type* type, std::initializer_list<Value> args,
           std::initializer_list<std::pair<const char*, Value>> kw = {}) {
    return py.call_kw(Value(type), args, kw);
}

std::string str_of(Py& py, Value v) {
    if (v.is_null()) return py.error();
    Value s = gs::to_str(py.th, v);
    return s.is_null() ? py.error() : std::string(gs::as<gs::Str>(s)->view());
}

std::string attr(Py& py, Value obj, const char* name) {
    return py.show(gs::getattr(py.th, obj, gs::intern(py.in, name)));
}

}  // namespace

TEST_CASE("exception repr and str", "[exceptions]") {
    Py py;
    auto& T = py.in.types;
    CHECK(py.show(make(py, T.ValueError, {py.s("x")})) == "ValueError('x')");
    CHECK(py.show(make(py, T.ValueError, {})) == "ValueError()");
    CHECK(py.show(make(py, T.ValueError, {py.i(1), py.i(2)})) == "ValueError(1, 2)");
    CHECK(py.show(make(py, T.KeyError, {py.s("k")})) == "KeyError('k')");
    CHECK(py.show(gs::new_exception(py.th, T.ZeroDivisionError, "division by zero")) ==
          "ZeroDivisionError('division by zero')");

    CHECK(str_of(py, make(py, T.ValueError, {py.s("x")})) == "x");
    CHECK(str_of(py, make(py, T.ValueError, {})) == "");
    CHECK(str_of(py, make(py, T.ValueError, {py.i(1), py.i(2)})) == "(1, 2)");
    CHECK(str_of(py, make(py, T.KeyError, {py.s("k")})) == "'k'");
    CHECK(str_of(py, make(py, T.KeyError, {py.i(1), py.i(2)})) == "(1, 2)");
    CHECK(str_of(py, make(py, T.KeyError, {})) == "");
    CHECK(str_of(py, make(py, T.TimeoutError, {py.s("timed out")})) == "timed out");
}

TEST_CASE("exception arguments", "[exceptions]") {
    Py py;
    auto& T = py.in.types;
    CHECK(py.show(make(py, T.BaseException, {}, {{"x", py.i(1)}})) ==
          "TypeError: BaseException() takes no keyword arguments");
    CHECK(py.show(make(py, T.ValueError, {py.i(1)}, {{"x", py.i(1)}})) ==
          "TypeError: ValueError() takes no keyword arguments");
    CHECK(py.show(make(py, T.StopIteration, {}, {{"x", py.i(1)}})) ==
          "TypeError: StopIteration() takes no keyword arguments");
    CHECK(py.show(make(py, T.NameError, {py.s("a")}, {{"foo", py.i(1)}})) ==
          "TypeError: 'foo' is an invalid keyword argument for NameError()");
    CHECK(py.show(make(py, T.NameError, {py.s("x")}, {{"a", py.i(1)}, {"b", py.i(2)}})) ==
          "TypeError: NameError() takes at most 1 keyword argument (2 given)");
    CHECK(py.show(make(py, T.AttributeError, {py.s("a")}, {{"foo", py.i(1)}})) ==
          "TypeError: 'foo' is an invalid keyword argument for AttributeError()");

    Value ne = make(py, T.NameError, {}, {{"name", py.s("q")}});
    CHECK(attr(py, ne, "name") == "'q'");
    CHECK(attr(py, ne, "args") == "()");
    Value ae = make(py, T.AttributeError, {py.s("a")}, {{"name", py.s("x")}, {"obj", py.i(1)}});
    CHECK(attr(py, ae, "obj") == "1");
    CHECK(attr(py, ae, "args") == "('a',)");
}

TEST_CASE("StopIteration.value, SystemExit.code, OSError fields", "[exceptions]") {
    Py py;
    auto& T = py.in.types;
    CHECK(attr(py, make(py, T.StopIteration, {}), "value") == "None");
    CHECK(attr(py, make(py, T.StopIteration, {py.i(1), py.i(2)}), "value") == "1");
    Value si = make(py, T.StopIteration, {py.i(1)});
    REQUIRE(gs::setattr(py.th, si, gs::intern(py.in, "value"), py.i(5)));
    CHECK(attr(py, si, "value") == "5");
    CHECK(attr(py, si, "args") == "(1,)");

    CHECK(attr(py, make(py, T.SystemExit, {}), "code") == "None");
    CHECK(attr(py, make(py, T.SystemExit, {py.i(3)}), "code") == "3");
    CHECK(attr(py, make(py, T.SystemExit, {py.i(1), py.i(2)}), "code") == "(1, 2)");
    Value se = make(py, T.SystemExit, {py.i(1)});
    REQUIRE(gs::setattr(py.th, se, gs::intern(py.in, "code"), py.i(7)));
    CHECK(attr(py, se, "code") == "7");

    Value os = make(py, T.OSError, {py.i(2), py.s("no")});
    CHECK(str_of(py, os) == "[Errno 2] no");
    CHECK(attr(py, os, "errno") == "2");
    CHECK(attr(py, os, "strerror") == "'no'");
    Value osf = make(py, T.OSError, {py.i(2), py.s("no"), py.s("f.txt")});
    CHECK(str_of(py, osf) == "[Errno 2] no: 'f.txt'");
    CHECK(attr(py, osf, "args") == "(2, 'no')");
    CHECK(attr(py, osf, "filename") == "'f.txt'");
    CHECK(str_of(py, make(py, T.OSError, {py.i(1)})) == "1");
    CHECK(py.show(make(py, T.OSError, {py.i(32), py.s("x")})) == "BrokenPipeError(32, 'x')");
    CHECK(py.show(make(py, T.OSError, {py.i(110), py.s("t")})) == "TimeoutError(110, 't')");
    CHECK(py.show(make(py, T.OSError, {py.i(110)})) == "OSError(110)");
    CHECK(attr(py, make(py, T.OSError, {py.i(1)}), "errno") == "None");
}

TEST_CASE("exception methods", "[exceptions]") {
    Py py;
    auto& T = py.in.types;
    Value e = make(py, T.ValueError, {py.s("a")});
    Value wt = gs::getattr(py.th, e, gs::intern(py.in, "with_traceback"));
    REQUIRE(!wt.is_null());
    CHECK(py.call_kw(wt, {Value::none()}).is(e));
    CHECK(py.show(py.call_kw(wt, {py.i(1)})) == "TypeError: __traceback__ must be a traceback or None");
    CHECK(py.show(py.call_kw(wt, {})) ==
          "TypeError: BaseException.with_traceback() takes exactly one argument (0 given)");

    // BaseException.__str__ / __init__ called through the class, as super() does.
    Value str_m = gs::getattr(py.th, Value(T.BaseException), gs::intern(py.in, "__str__"));
    CHECK(py.show(py.call_kw(str_m, {make(py, T.KeyError, {py.s("z")})})) == "''z''");
    CHECK(py.show(py.call_kw(str_m, {py.i(1)})) ==
          "TypeError: descriptor '__str__' requires a 'BaseException' object but received a 'int'");
    Value init = gs::getattr(py.th, Value(T.BaseException), gs::intern(py.in, "__init__"));
    CHECK(py.show(py.call_kw(init, {e, py.s("b"), py.s("c")})) == "None");
    CHECK(py.show(e) == "ValueError('b', 'c')");

    int64_t h;
    CHECK(gs::hash(py.th, e, &h));
    CHECK(gs::eq(py.th, e, e) == 1);
    CHECK(gs::eq(py.th, e, make(py, T.ValueError, {py.s("b"), py.s("c")})) == 0);
}

TEST_CASE("user exception classes", "[exceptions]") {
    Py py;
    auto& T = py.in.types;
    Value cls = py.call_kw(Value(T.type), {py.s("AppError"), py.tuple({Value(T.Exception)}),
                                           Value(gs::new_dict(py.in))});
    REQUIRE(gs::is_kind(cls, gs::Kind::Type));
    Value e = py.call_kw(cls, {py.s("boom")});
    CHECK(py.show(e) == "AppError('boom')");
    CHECK(str_of(py, e) == "boom");
    CHECK(gs::is_kind(e, gs::Kind::Exception));
    CHECK(py.show(py.call_kw(cls, {py.i(1)}, {{"x", py.i(2)}})) == "TypeError: AppError() takes no keyword arguments");
}
