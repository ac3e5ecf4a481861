// Unit tests of the builtins module: results and error messages as CPython 3.11 gives
// them (each expectation was checked against python3.11).
#include <catch2/catch.hpp>

#include <cmath>

#include "sim/modules/builtins_test_support.hpp"

using gs::Value;
using gs::testing::Py;

TEST_CASE("round: floats to int, half to even", "[builtins]") {
    Py py;
    CHECK(py.run("round", {py.f(2.5)}) == "2");
    CHECK(py.run("round", {py.f(-2.5)}) == "-2");
    CHECK(py.run("round", {py.f(0.5)}) == "0");
    CHECK(py.run("round", {py.f(1.5)}) == "2");
    CHECK(py.run("round", {py.f(-0.4)}) == "0");
    CHECK(py.run("round", {py.f(2.5), Value::none()}) == "2");
    CHECK(py.run("round", {py.f(NAN)}) == "ValueError: cannot convert float NaN to integer");
    CHECK(py.run("round", {py.f(INFINITY)}) == "OverflowError: cannot convert float infinity to integer");
}

TEST_CASE("round: floats with ndigits are rounded in decimal, correctly", "[builtins]") {
    Py py;
    CHECK(py.run("round", {py.f(2.675), py.i(2)}) == "2.67");  // 2.675 is 2.67499999...
    CHECK(py.run("round", {py.f(-0.4), py.i(0)}) == "-0.0");
    CHECK(py.run("round", {py.f(2.5), py.i(0)}) == "2.0");
    CHECK(py.run("round", {py.f(-1.5), py.i(0)}) == "-2.0");
    CHECK(py.run("round", {py.f(1234.5), py.i(-1)}) == "1230.0");
    CHECK(py.run("round", {py.f(1225.0), py.i(-1)}) == "1220.0");
    CHECK(py.run("round", {py.f(1235.0), py.i(-1)}) == "1240.0");
    CHECK(py.run("round", {py.f(1e300), py.i(-299)}) == "1e+300");
    CHECK(py.run("round", {py.f(1e-10), py.i(12)}) == "1e-10");
    CHECK(py.run("round", {py.f(5e-324), py.i(323)}) == "0.0");
    CHECK(py.run("round", {py.f(0.5), py.i(400)}) == "0.5");
    CHECK(py.run("round", {py.f(-123.456), py.i(-400)}) == "-0.0");
    CHECK(py.run("round", {py.f(INFINITY), py.i(2)}) == "inf");
    CHECK(py.run("round", {py.f(1.5e308), py.i(-308)}) == "OverflowError: rounded value too large to represent");
}

TEST_CASE("round: ints", "[builtins]") {
    Py py;
    CHECK(py.run("round", {py.i(15), py.i(-1)}) == "20");
    CHECK(py.run("round", {py.i(25), py.i(-1)}) == "20");
    CHECK(py.run("round", {py.i(-25), py.i(-1)}) == "-20");
    CHECK(py.run("round", {py.i(-15), py.i(-1)}) == "-20");
    CHECK(py.run("round", {py.i(123456), py.i(-2)}) == "123500");
    CHECK(py.run("round", {py.i(1), py.i(-30)}) == "0");
    CHECK(py.run("round", {py.i(7), py.i(3)}) == "7");
    CHECK(py.run("round", {Value::boolean(true)}) == "1");
    CHECK(py.run("round", {Value::boolean(true), py.i(1)}) == "1");
}

TEST_CASE("round: argument errors", "[builtins]") {
    Py py;
    CHECK(py.run("round", {}) == "TypeError: round() missing required argument 'number' (pos 1)");
    CHECK(py.run("round", {py.s("a")}) == "TypeError: type str doesn't define __round__ method");
    CHECK(py.run("round", {py.f(1.5), py.s("a")}) == "TypeError: 'str' object cannot be interpreted as an integer");
    CHECK(py.run("round", {py.f(1.5), py.f(1.0)}) ==
          "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(py.run("round", {py.i(1), py.i(2), py.i(3)}) == "TypeError: round() takes at most 2 arguments (3 given)");
    CHECK(py.run("round", {py.f(1.5)}, {{"x", py.i(1)}}) ==
          "TypeError: 'x' is an invalid keyword argument for round()");
    CHECK(py.run("round", {py.i(1)}, {{"number", py.i(2)}}) ==
          "TypeError: argument for round() given by name ('number') and position (1)");
    CHECK(py.run("round", {}, {{"number", py.f(2.5)}}) == "2");
    CHECK(py.run("round", {py.f(2.5)}, {{"ndigits", py.i(1)}}) == "2.5");
}

TEST_CASE("pow: two and three arguments", "[builtins]") {
    Py py;
    CHECK(py.run("pow", {}, {{"base", py.i(2)}, {"exp", py.i(3)}}) == "8");
    CHECK(py.run("pow", {py.i(2), py.i(3), Value::none()}) == "8");
    CHECK(py.run("pow", {py.i(3), py.i(-1), py.i(7)}) == "5");
    CHECK(py.run("pow", {py.i(-3), py.i(-1), py.i(7)}) == "2");
    CHECK(py.run("pow", {py.i(3), py.i(2), py.i(-7)}) == "-5");
    CHECK(py.run("pow", {py.i(3), py.i(0), py.i(-7)}) == "-6");
    CHECK(py.run("pow", {py.i(3), py.i(-2), py.i(-7)}) == "-3");
    CHECK(py.run("pow", {py.i(2), py.i(100), py.i(1000000007)}) == "976371285");
    CHECK(py.run("pow", {py.i(0), py.i(0), py.i(1)}) == "0");
    CHECK(py.run("pow", {py.i(2), py.i(-1), py.i(1)}) == "0");
    CHECK(py.run("pow", {Value::boolean(true), py.i(2), py.i(3)}) == "1");
    CHECK(py.run("pow", {py.i(INT64_MAX), py.i(INT64_MAX), py.i(INT64_MAX - 1)}) == "1");
}

TEST_CASE("pow: errors", "[builtins]") {
    Py py;
    CHECK(py.run("pow", {py.i(2), py.i(3), py.i(0)}) == "ValueError: pow() 3rd argument cannot be 0");
    CHECK(py.run("pow", {py.i(2), py.i(-1), py.i(4)}) == "ValueError: base is not invertible for the given modulus");
    CHECK(py.run("pow", {py.i(0), py.i(-1), py.i(5)}) == "ValueError: base is not invertible for the given modulus");
    const char* floats = "TypeError: pow() 3rd argument not allowed unless all arguments are integers";
    CHECK(py.run("pow", {py.f(2.0), py.i(3), py.i(5)}) == floats);
    CHECK(py.run("pow", {py.i(2), py.i(3), py.f(5.0)}) == floats);
    CHECK(py.run("pow", {py.s("a"), py.i(2), py.i(3)}) ==
          "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'");
    CHECK(py.run("pow", {py.i(2), py.i(3), py.s("a")}) ==
          "TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'");
    CHECK(py.run("pow", {}) == "TypeError: pow() missing required argument 'base' (pos 1)");
    CHECK(py.run("pow", {py.i(2)}, {{"x", py.i(1)}}) == "TypeError: pow() missing required argument 'exp' (pos 2)");
    CHECK(py.run("pow", {py.i(1), py.i(2), py.i(3), py.i(4)}) ==
          "TypeError: pow() takes at most 3 arguments (4 given)");
    CHECK(py.run("pow", {py.i(2), py.i(3)}, {{"base", py.i(1)}}) ==
          "TypeError: argument for pow() given by name ('base') and position (1)");
}

TEST_CASE("divmod and abs", "[builtins]") {
    Py py;
    CHECK(py.run("divmod", {py.i(7), py.i(-2)}) == "(-4, -1)");
    CHECK(py.run("divmod", {py.f(-7.5), py.i(2)}) == "(-4.0, 0.5)");
    CHECK(py.run("divmod", {py.f(0.0), py.i(-1)}) == "(-0.0, -0.0)");
    CHECK(py.run("divmod", {Value::boolean(true), py.i(2)}) == "(0, 1)");
    CHECK(py.run("divmod", {py.i(1), py.i(0)}) == "ZeroDivisionError: integer division or modulo by zero");
    CHECK(py.run("divmod", {py.f(1.0), py.i(0)}) == "ZeroDivisionError: float divmod()");
    CHECK(py.run("divmod", {py.s("a"), py.i(1)}) ==
          "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'");
    CHECK(py.run("divmod", {py.i(1)}) == "TypeError: divmod expected 2 arguments, got 1");
    CHECK(py.run("divmod", {py.i(1), py.i(2)}, {{"x", py.i(1)}}) == "TypeError: divmod() takes no keyword arguments");

    CHECK(py.run("abs", {py.i(-5)}) == "5");
    CHECK(py.run("abs", {py.f(-0.0)}) == "0.0");
    CHECK(py.run("abs", {Value::boolean(true)}) == "1");
    CHECK(py.run("abs", {py.s("a")}) == "TypeError: bad operand type for abs(): 'str'");
    CHECK(py.run("abs", {}) == "TypeError: abs() takes exactly one argument (0 given)");
    CHECK(py.run("abs", {py.i(INT64_MIN)}).rfind("OverflowError", 0) == 0);
}

TEST_CASE("hex, oct, bin, ord, chr", "[builtins]") {
    Py py;
    CHECK(py.run("hex", {py.i(-255)}) == "'-0xff'");
    CHECK(py.run("hex", {Value::boolean(true)}) == "'0x1'");
    CHECK(py.run("hex", {py.i(INT64_MIN)}) == "'-0x8000000000000000'");
    CHECK(py.run("oct", {py.i(-8)}) == "'-0o10'");
    CHECK(py.run("bin", {py.i(0)}) == "'0b0'");
    CHECK(py.run("bin", {py.i(-5)}) == "'-0b101'");
    CHECK(py.run("hex", {py.f(1.5)}) == "TypeError: 'float' object cannot be interpreted as an integer");
    CHECK(py.run("oct", {py.i(1), py.i(2)}) == "TypeError: oct() takes exactly one argument (2 given)");

    CHECK(py.run("ord", {py.s("\xe2\x82\xac")}) == "8364");
    CHECK(py.run("ord", {Value(gs::new_bytes(py.in, "a"))}) == "97");
    CHECK(py.run("ord", {py.s("ab")}) == "TypeError: ord() expected a character, but string of length 2 found");
    CHECK(py.run("ord", {py.s("")}) == "TypeError: ord() expected a character, but string of length 0 found");
    CHECK(py.run("ord", {py.i(1)}) == "TypeError: ord() expected string of length 1, but int found");
    CHECK(py.run("chr", {py.i(65)}) == "'A'");
    CHECK(py.run("chr", {py.i(8364)}) == "'\xe2\x82\xac'");
    CHECK(py.run("chr", {py.i(-1)}) == "ValueError: chr() arg not in range(0x110000)");
    CHECK(py.run("chr", {py.i(0x110000)}) == "ValueError: chr() arg not in range(0x110000)");
    CHECK(py.run("chr", {py.i(int64_t(1) << 31)}) == "OverflowError: Python int too large to convert to C int");
    CHECK(py.run("chr", {py.s("a")}) == "TypeError: 'str' object cannot be interpreted as an integer");
}

TEST_CASE("min and max", "[builtins]") {
    Py py;
    Value abs_fn = py.builtin("abs");
    CHECK(py.run("min", {py.i(3), py.i(1), py.i(2)}) == "1");
    CHECK(py.run("max", {py.list({py.i(3), py.i(1), py.i(2)})}) == "3");
    CHECK(py.run("min", {py.i(-3), py.i(2), py.i(-1)}, {{"key", abs_fn}}) == "-1");
    CHECK(py.run("max", {py.i(1), py.i(-1)}, {{"key", abs_fn}}) == "1");  // first of equals
    CHECK(py.run("min", {py.i(1), py.i(-1)}, {{"key", abs_fn}}) == "1");
    CHECK(py.run("max", {py.i(1), py.i(2)}, {{"key", Value::none()}}) == "2");
    CHECK(py.run("max", {py.list({})}, {{"default", py.i(5)}}) == "5");
    CHECK(py.run("max", {py.list({})}) == "ValueError: max() arg is an empty sequence");
    CHECK(py.run("min", {py.list({})}) == "ValueError: min() arg is an empty sequence");
    CHECK(py.run("max", {}) == "TypeError: max expected at least 1 argument, got 0");
    CHECK(py.run("min", {}, {{"key", Value::none()}}) == "TypeError: min expected at least 1 argument, got 0");
    CHECK(py.run("max", {py.i(1), py.i(2)}, {{"default", py.i(3)}}) ==
          "TypeError: Cannot specify a default for max() with multiple positional arguments");
    CHECK(py.run("max", {py.list({py.i(1)})}, {{"foo", py.i(1)}}) ==
          "TypeError: 'foo' is an invalid keyword argument for max()");
    CHECK(py.run("min", {py.list({py.i(1)})}, {{"key", Value::none()}, {"default", py.i(1)}, {"foo", py.i(2)}}) ==
          "TypeError: min() takes at most 2 keyword arguments (3 given)");
    CHECK(py.run("max", {py.i(1)}) == "TypeError: 'int' object is not iterable");
    CHECK(py.run("max", {py.i(1), py.s("a")}) ==
          "TypeError: '>' not supported between instances of 'str' and 'int'");
}

TEST_CASE("sum, any, all", "[builtins]") {
    Py py;
    CHECK(py.run("sum", {py.list({py.i(1), py.f(2.5), Value::boolean(true)})}) == "4.5");
    CHECK(py.run("sum", {py.list({py.i(1), py.i(2)}), py.i(10)}) == "13");
    CHECK(py.run("sum", {py.list({py.f(1.5), py.i(2)})}, {{"start", py.i(1)}}) == "4.5");
    CHECK(py.run("sum", {py.list({py.i(INT64_MAX), py.i(1)})}).rfind("OverflowError", 0) == 0);
    CHECK(py.run("sum", {py.list({py.s("a")}), py.s("b")}) ==
          "TypeError: sum() can't sum strings [use ''.join(seq) instead]");
    CHECK(py.run("sum", {py.list({})}, {{"start", Value(gs::new_bytes(py.in, ""))}}) ==
          "TypeError: sum() can't sum bytes [use b''.join(seq) instead]");
    CHECK(py.run("sum", {py.list({py.s("a")})}) == "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(py.run("sum", {}, {{"start", py.i(1)}}) == "TypeError: sum() takes at least 1 positional argument (0 given)");
    CHECK(py.run("sum", {py.list({})}, {{"foo", py.i(2)}}) == "TypeError: 'foo' is an invalid keyword argument for sum()");
    CHECK(py.run("sum", {py.list({}), py.i(0)}, {{"start", py.i(1)}}) ==
          "TypeError: sum() takes at most 2 arguments (3 given)");
    CHECK(py.run("sum", {py.i(1)}) == "TypeError: 'int' object is not iterable");

    CHECK(py.run("any", {py.list({})}) == "False");
    CHECK(py.run("all", {py.list({})}) == "True");
    CHECK(py.run("any", {py.list({py.i(0), py.i(2)})}) == "True");
    CHECK(py.run("all", {py.list({py.i(1), py.i(0)})}) == "False");
    CHECK(py.run("any", {py.i(1)}) == "TypeError: 'int' object is not iterable");
    CHECK(py.run("all", {}) == "TypeError: all() takes exactly one argument (0 given)");
}

TEST_CASE("len, iter, next, sorted", "[builtins]") {
    Py py;
    CHECK(py.run("len", {py.list({py.i(1), py.i(2)})}) == "2");
    CHECK(py.run("len", {py.i(1)}) == "TypeError: object of type 'int' has no len()");
    CHECK(py.run("len", {}) == "TypeError: len() takes exactly one argument (0 given)");
    CHECK(py.run("len", {}, {{"x", py.i(1)}}) == "TypeError: len() takes no keyword arguments");

    Value next = py.builtin("next"), iter = py.builtin("iter");
    Value it = py.call_kw(iter, {py.list({py.i(5)})});
    REQUIRE(!it.is_null());
    CHECK(py.show(py.call_kw(next, {it, py.s("d")})) == "5");
    CHECK(py.show(py.call_kw(next, {it, py.s("d")})) == "'d'");
    CHECK(py.show(py.call_kw(next, {it})) == "StopIteration");
    CHECK(py.run("next", {py.list({})}) == "TypeError: 'list' object is not an iterator");
    CHECK(py.run("next", {}) == "TypeError: next expected at least 1 argument, got 0");
    CHECK(py.run("next", {py.i(1), py.i(2), py.i(3)}) == "TypeError: next expected at most 2 arguments, got 3");
    CHECK(py.run("iter", {py.i(1), py.i(2)}) == "TypeError: iter(v, w): v must be callable");
    CHECK(py.run("iter", {py.i(1)}) == "TypeError: 'int' object is not iterable");
    CHECK(py.run("iter", {}) == "TypeError: iter expected at least 1 argument, got 0");

    CHECK(py.run("sorted", {py.list({py.i(3), py.i(1), py.i(2)})}) == "[1, 2, 3]");
    CHECK(py.run("sorted", {py.list({py.i(3), py.i(1), py.i(2)})}, {{"reverse", Value::boolean(true)}}) ==
          "[3, 2, 1]");
    CHECK(py.run("sorted", {py.list({py.i(-3), py.i(2), py.i(-1)})}, {{"key", py.builtin("abs")}}) ==
          "[-1, 2, -3]");
    CHECK(py.run("sorted", {}) == "TypeError: sorted expected 1 argument, got 0");
    CHECK(py.run("sorted", {py.list({}), py.i(2)}) == "TypeError: sorted expected 1 argument, got 2");
    CHECK(py.run("sorted", {py.i(1)}) == "TypeError: 'int' object is not iterable");
}

TEST_CASE("isinstance and issubclass", "[builtins]") {
    Py py;
    Value int_t = Value(py.in.types.int_), str_t = Value(py.in.types.str);
    CHECK(py.run("isinstance", {Value::boolean(true), int_t}) == "True");
    CHECK(py.run("isinstance", {py.i(1), py.tuple({str_t, py.tuple({int_t})})}) == "True");
    CHECK(py.run("isinstance", {py.i(1), py.tuple({int_t, py.i(1)})}) == "True");  // stops at the match
    CHECK(py.run("isinstance", {py.i(1), py.tuple({})}) == "False");
    CHECK(py.run("isinstance", {py.i(1), py.i(1)}) ==
          "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    CHECK(py.run("isinstance", {py.i(1)}) == "TypeError: isinstance expected 2 arguments, got 1");
    CHECK(py.run("issubclass", {Value(py.in.types.bool_), py.tuple({str_t, py.tuple({int_t})})}) == "True");
    CHECK(py.run("issubclass", {py.i(1), int_t}) == "TypeError: issubclass() arg 1 must be a class");
    CHECK(py.run("issubclass", {int_t, py.i(1)}) ==
          "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");
}

namespace {

// A class whose instances collect what is written to them (a file-like object for print).
Value sink_write(gs::Thread& t, Value* args, int nargs, gs::Tuple*) {
    Value buf = gs::getattr(t, args[0], gs::intern(t.in, "buf"));
    if (buf.is_null()) return buf;
    gs::as<gs::List>(buf)->items.push_back(args[1]);
    return Value::none();
}

Value make_instance(Py& py, const char* cls_name) {
    Value cls = py.call_kw(Value(py.in.types.type), {py.s(cls_name), Value(py.in.empty_tuple),
                                                     Value(gs::new_dict(py.in))});
    REQUIRE(gs::is_kind(cls, gs::Kind::Type));
    gs::add_methods(py.in, gs::as<gs::Type>(cls), {{"write", sink_write}});
    Value obj = py.call_kw(cls, {});
    REQUIRE(!obj.is_null());
    return obj;
}

}  // namespace

TEST_CASE("print", "[builtins]") {
    Py py;
    CHECK(py.run("print", {py.i(1), py.s("a")}, {{"sep", py.s("-")}, {"end", py.s("!")}}) == "None");
    CHECK(py.run("print", {}) == "None");
    CHECK(py.run("print", {py.f(0.5), Value::none()}, {{"sep", Value::none()}, {"flush", Value::boolean(true)}}) ==
          "None");
    CHECK(py.host.out[1] == "1-a!\n0.5 None\n");
    CHECK(py.run("print", {}, {{"sep", py.i(1)}}) == "TypeError: sep must be None or a string, not int");
    CHECK(py.run("print", {}, {{"end", py.i(1)}}) == "TypeError: end must be None or a string, not int");
    CHECK(py.run("print", {}, {{"foo", py.i(1)}}) == "TypeError: 'foo' is an invalid keyword argument for print()");
    CHECK(py.run("print", {}, {{"file", py.i(1)}}) == "AttributeError: 'int' object has no attribute 'write'");

    Value sink = make_instance(py, "Sink");
    REQUIRE(gs::setattr(py.th, sink, gs::intern(py.in, "buf"), py.list({})));
    CHECK(py.run("print", {py.i(1), py.i(2)}, {{"file", sink}}) == "None");
    CHECK(py.show(gs::getattr(py.th, sink, gs::intern(py.in, "buf"))) == "['1', ' ', '2', '\n']");
}

TEST_CASE("print follows sys.stdout and recognises the original streams", "[builtins]") {
    Py py;
    // A stand-in sys module: the original streams are sys.__stdout__ / sys.__stderr__.
    auto* sys = py.in.heap.make<gs::Module>(py.in.types.module, 0);
    sys->name = gs::intern(py.in, "sys");
    sys->dict = gs::new_dict(py.in);
    gs::dict_set_str(py.in, py.in.modules, sys->name, Value(sys));
    Value orig_out = py.list({}), orig_err = py.list({});
    auto set = [&](const char* name, Value v) { gs::dict_set_str(py.in, sys->dict, gs::intern(py.in, name), v); };
    set("__stdout__", orig_out);
    set("__stderr__", orig_err);
    set("stdout", orig_out);
    set("stderr", orig_err);

    CHECK(py.run("print", {py.s("out")}) == "None");
    CHECK(py.run("print", {py.s("err")}, {{"file", orig_err}}) == "None");
    CHECK(py.host.out[1] == "out\n");
    CHECK(py.host.out[2] == "err\n");

    Value sink = make_instance(py, "Sink");
    REQUIRE(gs::setattr(py.th, sink, gs::intern(py.in, "buf"), py.list({})));
    set("stdout", sink);
    CHECK(py.run("print", {py.s("redirected")}) == "None");
    CHECK(py.show(gs::getattr(py.th, sink, gs::intern(py.in, "buf"))) == "['redirected', '\n']");
    CHECK(py.run("print", {py.s("explicit")}, {{"file", orig_out}}) == "None");
    set("stdout", Value::none());
    CHECK(py.run("print", {py.s("dropped")}, {{"sep", py.i(1)}}) == "None");  // returns before checking sep
    CHECK(py.host.out[1] == "out\nexplicit\n");
}

TEST_CASE("attribute builtins", "[builtins]") {
    Py py;
    Value obj = make_instance(py, "Thing");
    CHECK(py.run("setattr", {obj, py.s("x"), py.i(5)}) == "None");
    CHECK(py.run("getattr", {obj, py.s("x")}) == "5");
    CHECK(py.run("hasattr", {obj, py.s("x")}) == "True");
    CHECK(py.run("delattr", {obj, py.s("x")}) == "None");
    CHECK(py.run("hasattr", {obj, py.s("x")}) == "False");
    CHECK(py.run("getattr", {obj, py.s("x"), py.i(7)}) == "7");
    CHECK(py.run("getattr", {py.i(1), py.s("__class__")}) == "<class 'int'>");
    CHECK(py.run("getattr", {py.i(1), py.s("x")}) == "AttributeError: 'int' object has no attribute 'x'");
    CHECK(py.run("getattr", {py.i(1), py.i(2)}) == "TypeError: attribute name must be string, not 'int'");
    CHECK(py.run("getattr", {py.i(1)}) == "TypeError: getattr expected at least 2 arguments, got 1");
    CHECK(py.run("getattr", {py.i(1), py.s("x"), py.i(2), py.i(3)}) ==
          "TypeError: getattr expected at most 3 arguments, got 4");
    CHECK(py.run("getattr", {py.i(1), py.s("x")}, {{"x", py.i(1)}}) ==
          "TypeError: getattr() takes no keyword arguments");
    CHECK(py.run("setattr", {py.i(1), py.s("x")}) == "TypeError: setattr expected 3 arguments, got 2");
    CHECK(py.run("hasattr", {py.i(1), py.i(2)}) == "TypeError: attribute name must be string, not 'int'");

    CHECK(py.run("vars", {py.i(1)}) == "TypeError: vars() argument must have __dict__ attribute");
    CHECK(py.run("globals", {py.i(1)}) == "TypeError: globals() takes no arguments (1 given)");
    CHECK(py.run("locals", {}, {{"x", py.i(1)}}) == "TypeError: locals() takes no keyword arguments");
    CHECK(py.run("callable", {py.builtin("len")}) == "True");
    CHECK(py.run("callable", {Value(py.in.types.int_)}) == "True");
    CHECK(py.run("callable", {obj}) == "False");
    CHECK(py.run("callable", {py.i(1), py.i(2)}) == "TypeError: callable() takes exactly one argument (2 given)");
}

TEST_CASE("dir lists CPython's names, sorted", "[builtins]") {
    Py py;
    Value obj = make_instance(py, "Thing");
    REQUIRE(gs::setattr(py.th, obj, gs::intern(py.in, "zeta"), py.i(1)));
    std::string names = py.run("dir", {obj});
    CHECK(names.find("'__class__', '__delattr__', '__dict__', '__dir__'") != std::string::npos);
    CHECK(names.find("'__weakref__', 'write', 'zeta']") != std::string::npos);
    CHECK(names.find("__qualname__") == std::string::npos);
    CHECK(py.run("dir", {py.i(1), py.i(2)}) == "TypeError: dir expected at most 1 argument, got 2");
}

TEST_CASE("repr, ascii, id, hash, format", "[builtins]") {
    Py py;
    CHECK(py.run("repr", {py.i(5)}) == "'5'");
    CHECK(py.run("repr", {}) == "TypeError: repr() takes exactly one argument (0 given)");
    // show() quotes str results without escaping: the outer quotes are show()'s.
    CHECK(py.run("ascii", {py.s("h\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80")}) == "''h\\xe9\\u20ac\\U0001f600''");
    CHECK(py.run("ascii", {py.s("plain")}) == "''plain''");

    Value a = py.list({});
    Value id = py.builtin("id");
    CHECK(py.show(py.call_kw(id, {a})) == py.show(py.call_kw(id, {a})));
    CHECK(py.show(py.call_kw(id, {py.i(5)})) == py.show(py.call_kw(id, {py.i(5)})));
    CHECK(py.show(py.call_kw(id, {py.i(5)})) != py.show(py.call_kw(id, {py.i(6)})));
    CHECK(py.show(py.call_kw(id, {py.i(1)})) != py.show(py.call_kw(id, {Value::boolean(true)})));
    CHECK(py.call_kw(id, {py.i(-1)}).i > 0);

    CHECK(py.run("hash", {py.i(-1)}) == "-2");
    CHECK(py.run("hash", {a}) == "TypeError: unhashable type: 'list'");
    CHECK(py.run("hash", {}, {{"x", py.i(1)}}) == "TypeError: hash() takes no keyword arguments");

    CHECK(py.run("format", {py.s("x")}) == "'x'");
    CHECK(py.run("format", {py.i(1), py.i(2)}) == "TypeError: format() argument 2 must be str, not int");
    CHECK(py.run("format", {}) == "TypeError: format expected at least 1 argument, got 0");
}

TEST_CASE("builtins exposes the types and constants", "[builtins]") {
    Py py;
    for (const char* name : {"int", "str", "list", "dict", "range", "enumerate", "zip", "map", "filter", "reversed",
                             "super", "property", "staticmethod", "classmethod", "slice", "object", "type",
                             "frozenset", "bytes", "bool", "float", "tuple", "set", "ValueError", "KeyError",
                             "StopIteration", "BaseException"})
        CHECK(gs::is_kind(py.builtin(name), gs::Kind::Type));
    CHECK(py.builtin("NotImplemented").is(py.in.not_implemented));
    CHECK(py.builtin("Ellipsis").is(py.in.ellipsis));
    CHECK(!py.builtin("__build_class__").is_null());
}
