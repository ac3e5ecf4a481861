// The window and its frame loop: GLFW and OpenGL set-up, the fixed layout of the panels,
// and the headless modes (screenshot, frame statistics). Everything the panels show
// lives in Session; this file only arranges and drives them.
#include "gui/app.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <stb_image_write.h>

#include <algorithm>
#include <chrono>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <thread>
#include <time.h>

#include <fmt/format.h>

#include "gui/panels.hpp"
#include "gui/session.hpp"
#include "gui/timeline_view.hpp"

namespace gs::gui {

namespace {

using Clock = std::chrono::steady_clock;

// Everything one window needs; lives on run_gui's stack.
struct App {
    Session session;
    TimelineView timeline;
    Panels panels;
    Fonts fonts;
    std::string glfw_error;
    bool texture_set = false;
    bool headless = false;
    std::vector<LaneRect> error_layout;

    void frame(int w, int h);
    void error_view(const ScenarioError& e);
};

void glfw_error_cb(int code, const char* text) {
    // No user pointer before a window exists: the text is printed where it matters.
    (void)code;
    std::fprintf(stderr, "gilsim gui: GLFW: %s\n", text);
}

void load_fonts(Fonts& f) {
    ImGuiIO& io = ImGui::GetIO();
    const char* sans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    const char* mono = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf";
    if (std::FILE* t = std::fopen(sans, "rb")) {
        std::fclose(t);
        // Latin-1 plus punctuation (— – · …), arrows and a few shapes.
        static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x2010, 0x205E, 0x2190, 0x21FF, 0x25A0, 0x25FF, 0};
        f.ui = io.Fonts->AddFontFromFileTTF(sans, 14.0f, nullptr, kRanges);
        f.mono = io.Fonts->AddFontFromFileTTF(mono, 13.5f, nullptr, kRanges);
    }
    if (!f.ui) f.ui = io.Fonts->AddFontDefault();  // fonts-dejavu-core missing: ImGui's own
    if (!f.mono) f.mono = f.ui;
}

void style() {
    ImGui::StyleColorsDark();
    ImGuiStyle& s = ImGui::GetStyle();
    s.WindowRounding = 0;
    s.FrameRounding = 3;
    s.TabRounding = 3;
    s.WindowBorderSize = 1;
    s.WindowPadding = ImVec2(8, 6);
    s.ItemSpacing = ImVec2(8, 5);
    ImVec4* c = s.Colors;
    // The fixed windows tile the screen: their background is the clear colour, not a
    // rectangle drawn over it. Under software OpenGL (Xvfb's llvmpipe) a frame's cost is
    // mostly the pixels it fills, so this saves a whole screen of them each frame.
    c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_PopupBg] = ImVec4(0.09f, 0.095f, 0.11f, 0.97f);
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TitleBg] = c[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.17f, 0.19f, 1);
    c[ImGuiCol_Border] = ImVec4(0.25f, 0.26f, 0.29f, 1);
    c[ImGuiCol_Tab] = ImVec4(0.17f, 0.18f, 0.21f, 1);
    c[ImGuiCol_TabActive] = ImVec4(0.26f, 0.36f, 0.52f, 1);
    c[ImGuiCol_TabHovered] = ImVec4(0.32f, 0.44f, 0.62f, 1);
}

constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

// For "file:line:col": the line of the file and a caret under the column, to show
// where the mistake is; "" when the file cannot be read.
std::string quote_line(const std::string& where) {
    size_t c2 = where.rfind(':');
    size_t c1 = c2 == std::string::npos || c2 == 0 ? std::string::npos : where.rfind(':', c2 - 1);
    if (c1 == std::string::npos) return "";
    int line = std::atoi(where.c_str() + c1 + 1), col = std::atoi(where.c_str() + c2 + 1);
    std::ifstream in(where.substr(0, c1));
    std::string text;
    for (int i = 0; i < line && std::getline(in, text); i++) {
    }
    if (!in || line <= 0) return "";
    return "\n\n" + fmt::format("{:4} | {}\n     | {}^", line, text, std::string(size_t(std::max(0, col - 1)), ' '));
}

void App::error_view(const ScenarioError& e) {
    ImVec2 at = ImGui::GetCursorScreenPos();
    float w = ImGui::GetContentRegionAvail().x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::PushFont(fonts.mono);
    std::string text = e.render() + quote_line(e.where);
    ImVec2 sz = ImGui::CalcTextSize(text.c_str(), nullptr, false, w - 40);
    ImGui::PopFont();
    float h = sz.y + 70;
    dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), IM_COL32(58, 18, 18, 255), 4);
    dl->AddRect(at, ImVec2(at.x + w, at.y + h), IM_COL32(198, 40, 40, 255), 4, 0, 2);
    ImGui::SetCursorScreenPos(ImVec2(at.x + 16, at.y + 12));
    ImGui::TextColored(ImVec4(1, 0.45f, 0.45f, 1), "Cannot open %s", e.where.c_str());
    ImGui::SetCursorScreenPos(ImVec2(at.x + 16, at.y + 38));
    ImGui::PushFont(fonts.mono);
    ImGui::PushTextWrapPos(at.x + w - 24);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + h + 10));
    ImGui::TextDisabled("Fix the file and press Restart, or pick another scenario on the left.");
    error_layout = {{"error", e.where, at.x, at.y, at.x + w, at.y + h}};
}

void App::frame(int w, int h) {
    session.update();
    const float tool_h = 40, side_w = 310;
    const float W = float(w), H = float(h);
    const float bottom_h = std::floor((H - tool_h) * 0.36f);
    const float centre_h = H - tool_h - bottom_h;
    auto place = [](float x, float y, float ww, float hh) {
        ImGui::SetNextWindowPos(ImVec2(x, y));
        ImGui::SetNextWindowSize(ImVec2(ww, hh));
    };
    place(0, 0, W, tool_h);
    ImGui::Begin("##toolbar", nullptr, kFixed | ImGuiWindowFlags_NoTitleBar);
    panels.toolbar.draw(session, timeline);
    ImGui::End();

    place(0, tool_h, side_w, H - tool_h);
    ImGui::Begin("##side", nullptr, kFixed | ImGuiWindowFlags_NoTitleBar);
    panels.side(session);
    ImGui::End();

    place(side_w, tool_h, W - side_w, centre_h);
    std::string title = session.current() ? "Timeline — " + session.current()->label : std::string("Timeline");
    title += "###timeline";
    ImGui::Begin(title.c_str(), nullptr, kFixed | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    error_layout.clear();
    if (const ScenarioError* e = session.error()) error_view(*e);
    else if (session.current()) timeline.draw(session);
    else ImGui::TextDisabled("Pick a scenario on the left (or run: gilsim gui scenarios/convoy.toml).");
    ImGui::End();

    float half = std::floor((W - side_w) * 0.5f);
    place(side_w, tool_h + centre_h, half, bottom_h);
    ImGui::Begin("##bottom_left", nullptr, kFixed | ImGuiWindowFlags_NoTitleBar);
    panels.bottom_left(session, fonts);
    ImGui::End();
    place(side_w + half, tool_h + centre_h, W - side_w - half, bottom_h);
    ImGui::Begin("##bottom_right", nullptr, kFixed | ImGuiWindowFlags_NoTitleBar);
    panels.bottom_right(session, fonts);
    ImGui::End();
}

// One frame, start to finish: events, the UI, rendering. Returns the framebuffer size.
// Returns the milliseconds spent building the UI (the rest is OpenGL).
double render_frame(GLFWwindow* win, App& app, bool swap) {
    auto t0 = Clock::now();
    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    if (!app.texture_set && ImGui::GetIO().Fonts->TexID) {
        // The font atlas, sampled by every pixel ImGui draws: nearest rather than linear
        // filtering (glyphs sit on whole pixels anyway), much cheaper in software OpenGL.
        glBindTexture(GL_TEXTURE_2D, GLuint(reinterpret_cast<intptr_t>(ImGui::GetIO().Fonts->TexID)));
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        app.texture_set = true;
    }
    ImGui_ImplGlfw_NewFrame();
    // Headless, the virtual X server's pointer sits mid-screen: no hover tooltips in shots.
    if (app.headless) ImGui::GetIO().MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    ImGui::NewFrame();
    int w, h;
    glfwGetWindowSize(win, &w, &h);
    app.frame(w, h);
    ImGui::Render();
    double ui_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    int fw, fh;
    glfwGetFramebufferSize(win, &fw, &fh);
    glViewport(0, 0, fw, fh);
    glClearColor(0.11f, 0.115f, 0.13f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (swap) glfwSwapBuffers(win);
    return ui_ms;
}

bool write_png(GLFWwindow* win, const std::string& path) {
    int fw, fh;
    glfwGetFramebufferSize(win, &fw, &fh);
    std::vector<unsigned char> px(size_t(fw) * size_t(fh) * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, fw, fh, GL_RGB, GL_UNSIGNED_BYTE, px.data());
    // OpenGL's rows go bottom-up; PNG's top-down.
    std::vector<unsigned char> flipped(px.size());
    size_t row = size_t(fw) * 3;
    for (int y = 0; y < fh; y++) std::copy_n(&px[size_t(fh - 1 - y) * row], row, &flipped[size_t(y) * row]);
    return stbi_write_png(path.c_str(), fw, fh, 3, flipped.data(), int(row)) != 0;
}

void dump_layout(const App& app, const std::string& path) {
    std::ofstream out(path);
    auto put = [&](const LaneRect& r) {
        out << r.kind << '\t' << r.name << '\t' << int(r.x0) << '\t' << int(r.y0) << '\t' << int(r.x1) << '\t' << int(r.y1) << '\n';
    };
    for (const LaneRect& r : app.timeline.layout()) put(r);
    for (const LaneRect& r : app.error_layout) put(r);
    for (const LaneRect* r : {&app.panels.source.rect, &app.panels.bytecode.rect})
        if (r->x1 > r->x0) put(*r);
}

// Waits (drawing nothing) until the run is finished or held at opts.after.
void wait_for_run(App& app, const GuiOptions& opts) {
    auto deadline = Clock::now() + std::chrono::minutes(5);
    while (Clock::now() < deadline) {
        RunView* v = app.session.current();
        if (!v || v->run->done()) break;
        if (opts.after >= 0 && v->run->paused() && v->run->paced_now() >= opts.after) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    app.session.update();
}

double process_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double q) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t i = std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5));
    return v[i];
}

// --frame-stats: the whole run, then panning and zooming across it, frame by frame.
void frame_stats(GLFWwindow* win, App& app) {
    const int kFrames = 300;
    app.timeline.fit(app.session);
    Nanos all = app.timeline.view_len();
    std::vector<double> ms, ui, cpu;
    for (int i = 0; i < kFrames; i++) {
        if (i >= 60 && i < 180) {  // zoom in step by step while panning to the right
            double k = double(i - 60) / 120.0;
            Nanos len = std::max<Nanos>(1000, Nanos(double(all) * std::pow(0.002, k)));
            app.timeline.set_view(Nanos(double(all - len) * k), len);
        } else if (i >= 180) {     // pan back at a middle zoom, then zoom out again
            double k = double(i - 180) / 120.0;
            Nanos len = Nanos(double(all) * std::pow(0.05, 1.0 - k));
            app.timeline.set_view(Nanos(double(all - len) * (1.0 - k)), len);
        }
        auto t0 = Clock::now();
        double c0 = process_cpu_ms();
        ui.push_back(render_frame(win, app, true));
        glFinish();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        cpu.push_back(process_cpu_ms() - c0);
    }
    const ImDrawData* dd = ImGui::GetDrawData();
    size_t spans = app.session.current() ? app.session.current()->model.span_count() : 0;
    std::printf("frames=%d median_ms=%.2f p99_ms=%.2f spans=%zu\n", kFrames, percentile(ms, 0.5), percentile(ms, 0.99), spans);
    // The wall-clock figures above depend on what else the machine runs; the CPU time
    // (this process, Mesa's rendering threads included) much less.
    std::printf("cpu_median_ms=%.2f ui_median_ms=%.2f vertices=%d renderer=%s\n", percentile(cpu, 0.5),
                percentile(ui, 0.5), dd ? dd->TotalVtxCount : 0, reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
    if (auto* v = app.session.current())
        std::printf("model_bytes=%zu bytes_per_span=%.1f trace_events=%zu\n", v->model.memory_bytes(),
                    spans ? double(v->model.memory_bytes()) / double(spans) : 0.0, v->model.events());
    std::fflush(stdout);
}

}  // namespace

int run_gui(const GuiOptions& opts) {
    glfwSetErrorCallback(glfw_error_cb);
    if (!glfwInit()) {
        std::fprintf(stderr,
                     "gilsim gui: cannot open a window: no display (DISPLAY is %s).\n"
                     "Run it headless under a virtual X server, for instance:\n"
                     "  xvfb-run -a gilsim gui %s --screenshot out.png\n",
                     std::getenv("DISPLAY") ? "set but unreachable" : "not set",
                     opts.path.empty() ? "scenarios/convoy.toml" : opts.path.c_str());
        return 2;
    }
    const bool headless = !opts.screenshot.empty() || opts.frame_stats;
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_RESIZABLE, headless ? GLFW_FALSE : GLFW_TRUE);
    GLFWwindow* win = glfwCreateWindow(opts.width, opts.height, "gilsim", nullptr, nullptr);
    if (!win) {
        std::fprintf(stderr, "gilsim gui: cannot create an OpenGL 3.3 window (see the GLFW message above).\n"
                             "Headless: xvfb-run -a gilsim gui SCENARIO --screenshot out.png\n");
        glfwTerminate();
        return 2;
    }
    glfwMakeContextCurrent(win);
    glfwSwapInterval(headless ? 0 : 1);
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // the layout is fixed: no imgui.ini in the working directory
    style();
    int code = 0;
    {
        auto app = std::make_unique<App>();
        load_fonts(app->fonts);
        ImGui_ImplGlfw_InitForOpenGL(win, true);
        ImGui_ImplOpenGL3_Init("#version 330 core");
        app->panels.init(opts.scenarios_dir);
        app->headless = headless;
        if (headless) {
            app->session.pause_at = opts.after;
        }
        app->panels.open_tab = opts.tab;
        app->session.open(opts.path, opts.overrides);
        if (app->session.error()) code = 2;
        if (headless) {
            wait_for_run(*app, opts);
            if (!opts.compare.empty() && app->session.current()) {
                size_t eq = opts.compare.find('=');
                app->session.pin_baseline();
                app->session.set_override(opts.compare.substr(0, eq), eq == std::string::npos ? "" : opts.compare.substr(eq + 1));
                app->panels.show_compare = true;
                wait_for_run(*app, opts);
                if (auto* b = app->session.baseline()) {   // the baseline may still be finishing
                    while (!b->run->done()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
                    b->update();
                }
            }
            app->session.pause_at = -1;
            app->timeline.request_fit();
            if (opts.view_start >= 0 && opts.view_len > 0) {
                render_frame(win, *app, true);   // the first frame fits; then the requested view
                app->timeline.set_view(opts.view_start, opts.view_len);
            }
            // A few frames: ImGui sizes windows and tabs over the first ones.
            for (int i = 0; i < 3; i++) render_frame(win, *app, i < 2);
            if (!opts.screenshot.empty() && !write_png(win, opts.screenshot)) {
                std::fprintf(stderr, "gilsim gui: cannot write %s\n", opts.screenshot.c_str());
                code = 2;
            }
            glfwSwapBuffers(win);
            if (!opts.dump_layout.empty()) dump_layout(*app, opts.dump_layout);
            if (opts.frame_stats && app->session.current()) {
                app->session.current()->run->set_paused(false);
                wait_for_run(*app, GuiOptions{});
                frame_stats(win, *app);
            }
        } else {
            while (!glfwWindowShouldClose(win)) {
                // Nothing running and no button held: sleep until an event (or a tenth of
                // a second), instead of redrawing sixty times a second for nothing.
                if (!app->session.busy() && !ImGui::IsAnyMouseDown()) glfwWaitEventsTimeout(0.1);
                render_frame(win, *app, true);
            }
        }
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
    }
    ImGui::DestroyContext();
    glfwDestroyWindow(win);
    glfwTerminate();
    return code;
}

}  // namespace gs::gui
