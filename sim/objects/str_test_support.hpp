// Test fixture for the str, bytes and formatting units: an interpreter with a recording
// host, shorthands to make values and call methods, and show()/text() that render a
// result, or "ValueError: message" when the call raised. Every expected string in these
// tests was produced by CPython 3.11.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sim/objects/format.hpp"
#include "sim/vm/runtime.hpp"

namespace gs::stest {

struct Host : gs::Host {
    std::string out, err;
    void write(Thread&, int fd, std::string_view text) override { (fd == 2 ? err : out) += text; }
    int64_t now_ns(Thread&) override { return 0; }
};

struct Env {
    Host host;
    Interp in{host};
    Thread th{in, "MainThread"};

    Value i(int64_t v) { return Value::integer(v); }
    Value f(double v) { return Value::flt(v); }
    Value s(std::string_view text) { return make_str(in, text); }
    Str* str(std::string_view text) { return new_str(in, text); }
    Value b(std::string_view raw) { return Value(new_bytes(in, raw)); }
    Value tup(std::initializer_list<Value> items) { return make_tuple(in, items); }

    // self.name(*args, **kw)
    Value call(Value self, const char* name, std::initializer_list<Value> args = {},
               std::initializer_list<std::pair<const char*, Value>> kw = {}) {
        Value m = getattr(th, self, intern(in, name));
        if (m.is_null()) return m;
        std::vector<Value> buf(1 + args.size() + kw.size());
        size_t n = 1;
        for (Value v : args) buf[n++] = v;
        Tuple* names = nullptr;
        if (kw.size()) {
            names = new_tuple(in, uint32_t(kw.size()));
            uint32_t k = 0;
            for (auto& [kn, v] : kw) {
                names->items()[k++] = Value(intern(in, kn));
                buf[n++] = v;
            }
        }
        return gs::call(th, m, buf.data() + 1, int(n - 1), names);
    }

    // "ValueError: message" for the pending exception (cleared).
    std::string error() {
        Value e = take_exc(th);
        if (e.is_null()) return "<no exception>";
        std::string out(type_name(in, e));
        Value msg = to_str(th, e);
        if (msg.is_null()) return out + " (str() failed)";
        if (as<Str>(msg)->len) out += ": " + std::string(as<Str>(msg)->view());
        return out;
    }
    // repr(v), or the error when v is Null.
    std::string show(Value v) {
        if (v.is_null()) return error();
        Value r = repr(th, v);
        if (r.is_null()) return "repr failed: " + error();
        return std::string(as<Str>(r)->view());
    }
    // The text of a str result, or the error when v is Null.
    std::string text(Value v) {
        if (v.is_null()) return error();
        if (!is_kind(v, Kind::Str)) return "<not a str: " + show(v) + ">";
        return std::string(as<Str>(v)->view());
    }
    // format(v, spec)
    std::string format(Value v, std::string_view spec) { return text(format_value(th, v, str(spec))); }

    // Runs a program; returns its stdout, then the last line of stderr if it failed.
    std::string run(std::string_view src) {
        host.out.clear();
        host.err.clear();
        int status = run_main(th, std::make_shared<Source>("/t.py", std::string(src)));
        std::string out = host.out;
        if (status != 0) {
            std::string_view err = host.err;
            while (!err.empty() && err.back() == '\n') err.remove_suffix(1);
            out += err.substr(err.rfind('\n') + 1);
        }
        return out;
    }
    // The repr of a Python expression's value (a, b: a tuple), or "ValueError: message".
    std::string py(std::string_view expr) {
        std::string src = "try:\n    print(repr((" + std::string(expr) + ")), end='')\n"
                          "except Exception as e:\n    print(type(e).__name__ + ': ' + str(e), end='')\n";
        return run(src);
    }
};

}  // namespace gs::stest
