#include "sim/vm/interp.hpp"

#include <algorithm>
#include <cassert>
#include <cstdlib>

#include "sim/objects/init.hpp"
#include "sim/vm/gen.hpp"
#include "sim/vm/runtime.hpp"

namespace gs {

void mark_hub(GreenHub* hub, Heap& heap);
void delete_hub(Thread* t);

namespace {

Type* new_type_raw(Interp& in, Type* meta) {
    Type* t = in.heap.make<Type>(meta, 0);
    return t;
}

}  // namespace

bool Host::on_breaker(Thread& t) {
    t.budget.store(UINT64_MAX, std::memory_order_relaxed);
    return true;
}

Interp::Interp(Host& h, InterpConfig cfg) : host(h), config(std::move(cfg)) {
    heap.set_limit(config.heap_limit);
    if (config.heap_limit < (size_t(32) << 20)) heap.collect_at(config.heap_limit / 2);
    heap.set_pressure_hook(
        [](void* self) {
            for (Thread* t : static_cast<Interp*>(self)->threads) t->budget.store(0, std::memory_order_relaxed);
        },
        this);
    // The type objects first: `type` is its own type, everything else's type is `type`.
    Type* meta = new_type_raw(*this, nullptr);
    meta->type = meta;
#define GS_X(field, pyname, base, kind, sub) \
    types.field = (std::string_view(#field) == "type") ? meta : new_type_raw(*this, meta);
    GS_BUILTIN_TYPES(GS_X)
#undef GS_X
#define GS_X(field, pyname, base) types.field = new_type_raw(*this, meta);
    GS_EXCEPTION_TYPES(GS_X)
#undef GS_X
    // `object` is listed as its own base; it is the one type without a base.
#define GS_X(field, pyname, basef, kind, sub)                           \
    types.field->base = types.field == types.basef ? nullptr : types.basef; \
    types.field->instance_kind = Kind::kind;                            \
    types.field->tflags = TF_BUILTIN | (sub ? uint32_t(TF_BASETYPE) : 0u);
    GS_BUILTIN_TYPES(GS_X)
#undef GS_X
#define GS_X(field, pyname, basef)                                      \
    types.field->base = types.basef;                                    \
    types.field->instance_kind = Kind::Exception;                       \
    types.field->tflags = TF_BUILTIN | TF_BASETYPE;
    GS_EXCEPTION_TYPES(GS_X)
#undef GS_X

    // Strings can be made now that `str` exists.
    empty_str = intern(*this, "");
    for (int c = 0; c < 128; c++) {
        char ch = char(c);
        char_strs[c] = intern(*this, std::string_view(&ch, 1));
    }
#define GS_X(field, text) names.field = intern(*this, text);
    GS_NAMES(GS_X)
#undef GS_X
    for (int op = 0; op < 2 * kNumBinOps; op++) names.binop[op] = intern(*this, binop_dunder(op));
    for (int op = 0; op < kNumBinOps; op++) names.rbinop[op] = intern(*this, binop_rdunder(op));
    for (int c = 0; c < 6; c++) names.cmp[c] = intern(*this, cmp_dunder(CmpKind(c)));

    Str* builtins_name = names.builtins;
#define GS_X(field, pyname, base, kind, sub)    \
    types.field->name = intern(*this, pyname);  \
    types.field->module = builtins_name;        \
    types.field->dict = new_dict(*this);
    GS_BUILTIN_TYPES(GS_X)
#undef GS_X
#define GS_X(field, pyname, base)               \
    types.field->name = intern(*this, pyname);  \
    types.field->module = builtins_name;        \
    types.field->dict = new_dict(*this);
    GS_EXCEPTION_TYPES(GS_X)
#undef GS_X

    empty_tuple = new_tuple(*this, 0);
    Instance* ni = heap.make<Instance>(types.not_implemented_type, 0);
    not_implemented = Value(ni);
    Instance* el = heap.make<Instance>(types.ellipsis_type, 0);
    ellipsis = Value(el);

    init_object_type(*this);
    init_function_types(*this);
    init_number_types(*this);
    init_str_type(*this);
    init_bytes_type(*this);
    init_tuple_type(*this);
    init_list_type(*this);
    init_dict_type(*this);
    init_set_type(*this);
    init_range_slice_types(*this);
    init_iter_types(*this);
    init_exception_types(*this);
    init_generator_types(*this);

    builtins = new_dict(*this);
    modules = new_dict(*this);
    init_builtins(*this);
    register_modules(*this);
}

Interp::~Interp() = default;

void mark_frames(Heap& heap, Frame* top) {
    for (Frame* f = top; f; f = f->prev) {
        if (f->gen_mode != kGenNone) heap.mark(Generator::of(f));  // a running generator's frame
        heap.mark(f->code);
        heap.mark(f->func);
        heap.mark(f->globals);
        heap.mark(f->locals);
        Value* end = f->sp ? f->sp : f->stack_base();
        for (Value* v = f->localsplus(); v < end; v++) heap.mark_value(*v);
    }
}

void Interp::mark_roots() {
#define GS_X(field, pyname, base, kind, sub) heap.mark(types.field);
    GS_BUILTIN_TYPES(GS_X)
#undef GS_X
#define GS_X(field, pyname, base) heap.mark(types.field);
    GS_EXCEPTION_TYPES(GS_X)
#undef GS_X
    for (auto& [text, s] : interned) heap.mark(s);
    heap.mark(builtins);
    heap.mark(modules);
    heap.mark(main);
    heap.mark(empty_tuple);
    heap.mark_value(not_implemented);
    heap.mark_value(ellipsis);
    for (Value v : extra_roots) heap.mark_value(v);
    for (Thread* t : threads) {
        if (t->hub) mark_hub(t->hub, heap);
        heap.mark_value(t->exc);
        heap.mark_value(t->handled);
        for (Value v : t->temp_roots) heap.mark_value(v);
        mark_frames(heap, t->frame);
    }
}

bool Interp::maybe_collect(Thread& t) {
    if (!heap.wants_collect()) return true;
    for (Thread* th : threads)
        if (th->native_depth > 0) return true;  // not every thread is at a safe point
    // (The caller saved the running frame's stack pointer, so the marker sees its stack.)
    heap.collect(*this);
    if (!heap.out_of_memory(heap.bytes())) return true;
    raise_no_memory(t);
    return false;
}

// ---- Thread -------------------------------------------------------------------------

Thread::Thread(Interp& interp, std::string n) : in(interp), name(std::move(n)) {
    in.threads.push_back(this);
}

Thread::~Thread() {
    delete_hub(this);
    auto& ts = in.threads;
    for (size_t i = 0; i < ts.size(); i++)
        if (ts[i] == this) {
            ts.erase(ts.begin() + long(i));
            break;
        }
    for (StackChunk* c = chunk_; c;) {
        StackChunk* p = c->prev;
        std::free(c);
        c = p;
    }
    std::free(spare_);
}

Frame* Thread::push_frame(Code* code, int nvalues) {
    size_t need = sizeof(Frame) / sizeof(Value) + size_t(nvalues);
    bool fresh = false;
    if (!chunk_ || chunk_->used + need > chunk_->capacity) {
        // Small first chunks keep 100,000 idle green threads cheap; later ones grow.
        size_t cap = chunk_ ? chunk_->capacity * 2 : first_chunk_;
        if (cap > 65536) cap = 65536;
        if (cap < need) cap = need;
        StackChunk* c;
        if (spare_ && spare_->capacity >= need) {
            c = spare_;
            spare_ = nullptr;
        } else {
            c = static_cast<StackChunk*>(std::malloc(sizeof(StackChunk) + cap * sizeof(Value)));
            if (!c) std::abort();
            c->capacity = cap;
        }
        c->used = 0;
        c->prev = chunk_;
        chunk_ = c;
        fresh = true;
    }
    Value* base = chunk_->data() + chunk_->used;
    chunk_->used += need;
    Frame* f = new (base) Frame();
    f->code = code;
    f->chunk_start = fresh;
    f->prev = frame;
    // Only the variables need clearing (Null = unbound); the operand stack above them is
    // written before it is read, and the collector scans frames only up to sp.
    Value* lp = f->localsplus();
    int nvars = code->nlocalsplus();
    for (int i = 0; i < nvars; i++) lp[i] = Value();
    return f;
}

void Thread::swap_stack(Stack& o) {
    std::swap(frame, o.frame);
    std::swap(chunk_, o.chunk);
    std::swap(spare_, o.spare);
    std::swap(depth, o.depth);
    std::swap(handled, o.handled);
    std::swap(first_chunk_, o.first_chunk);
}

void Thread::free_stack(Stack& s) {
    for (StackChunk* c = s.chunk; c;) {
        StackChunk* p = c->prev;
        std::free(c);
        c = p;
    }
    std::free(s.spare);
    s.chunk = s.spare = nullptr;
    s.frame = nullptr;
}

void Thread::pop_frame(Frame* f) {
    assert(chunk_);
    if (f->chunk_start) {
        StackChunk* c = chunk_;
        chunk_ = c->prev;
        if (spare_) std::free(spare_);
        spare_ = c;
    } else {
        chunk_->used = size_t(reinterpret_cast<Value*>(f) - chunk_->data());
    }
}

}  // namespace gs
