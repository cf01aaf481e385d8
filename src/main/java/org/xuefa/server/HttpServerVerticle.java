package org.xuefa.server;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import org.xuefa.account.AccountApi;
import org.xuefa.account.LoginPages;
import org.xuefa.account.Role;
import org.xuefa.account.UnitAdminPages;
import org.xuefa.account.UserAdminPages;
import org.xuefa.exam.ExamApi;
import org.xuefa.exam.ExamPages;
import org.xuefa.exam.PracticeApi;
import org.xuefa.exam.PracticePages;
import org.xuefa.exam.TrainerExamPages;
import org.xuefa.law.JobRepository;
import org.xuefa.law.LawAdminPages;
import org.xuefa.law.LawApi;
import org.xuefa.law.LawPages;
import org.xuefa.content.TopicRoutes;
import org.xuefa.progress.ProgressRoutes;
import org.xuefa.report.ReportRoutes;
import org.xuefa.question.QuestionApi;
import org.xuefa.question.QuestionFormPages;
import org.xuefa.question.QuestionImportPages;
import org.xuefa.question.QuestionPages;
import org.xuefa.meeting.MeetingRepository;
import org.xuefa.meeting.MeetingRoutes;
import org.xuefa.search.SearchRoutes;
import org.xuefa.web.Auth;
import org.xuefa.web.CsrfGuard;
import org.xuefa.web.Failures;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.JsonBodyGuard;
import org.xuefa.web.Navigation;
import org.xuefa.web.Pages;
import org.xuefa.web.ReadingRecorder;
import org.xuefa.web.Templates;

/** One HTTP listener: the shared handlers in order, then each capability's routes, then the failure page. */
public final class HttpServerVerticle extends VerticleBase {

  static final long API_BODY_LIMIT = 1024 * 1024;
  static final long UPLOAD_BODY_LIMIT = 20L * 1024 * 1024;
  private static final String[] TEMPLATES = {"layout", "error", "home", "account/login", "account/users",
      "account/units", "search/search",
      "law/list", "law/outline", "law/heading", "law/article", "law/missing", "law/admin", "law/job",
      "report/show", "meeting/plan", "content/list", "content/topic", "progress/study",
      "question/list", "question/form", "question/import"};

  private final Services services;
  private final int port;
  private HttpServer server;
  private Router router;

  public HttpServerVerticle(Services services, int port) {
    this.services = services;
    this.port = port;
  }

  @Override
  public Future<?> start() {
    // compiling reads every template from the classpath (the jar): blocking work, off this event loop
    return vertx.executeBlocking(() -> new Templates().precompile(TEMPLATES)
            .precompile(ExamPages.TEMPLATES.toArray(String[]::new))
            .precompile(TrainerExamPages.TEMPLATES.toArray(String[]::new))
            .precompile(PracticePages.TEMPLATES.toArray(String[]::new)), false)
        .compose(templates -> listen(router(templates)));
  }

  private Router router(Templates templates) {
    Navigation nav = new Navigation()
        .addPublic("首页", "/")
        .addPublic("工作报告", "/report")
        .addPublic("学习专题", "/topics")
        .addPublic("搜索", "/search")
        .addPublic("法律法规", "/laws")
        .add("我的学习", "/study", Role.LEARNER)
        .add("会前学法", "/meetings", Role.LEARNER)
        .add("我的考试", "/exams", Role.LEARNER)
        .add("练习", "/practice", Role.LEARNER)
        .add("错题本", "/wrongbook", Role.LEARNER)
        .add("考试管理", "/trainer/exams", Role.TRAINER)
        .add("题库", "/trainer/questions", Role.TRAINER)
        .add("账号管理", "/admin/users", Role.ADMIN)
        .add("单位管理", "/admin/units", Role.ADMIN)
        .add("法规导入", "/admin/laws", Role.ADMIN);
    Pages pages = new Pages(templates, nav);
    Auth auth = new Auth(services.sessions(), services.config().secureCookies());

    Router router = Router.router(vertx);
    this.router = router;
    router.route().handler(SecurityHeaders::apply);
    router.route("/api/*").handler(BodyHandler.create(false).setBodyLimit(API_BODY_LIMIT));
    router.routeWithRegex("^/(?!api/).*").handler(BodyHandler.create(
            services.config().dataDir().resolve("uploads").toString())
        .setBodyLimit(UPLOAD_BODY_LIMIT).setDeleteUploadedFilesOnEnd(true));
    router.get("/health").handler(new HealthHandler(services.store(), services.search()::docCount));
    router.route("/static/*").handler(StaticHandler.create("web").setMaxAgeSeconds(3600));
    router.route().handler(ctx -> {
      if (services.store().available()) {
        ctx.next();
      } else {
        ctx.fail(HttpFailure.unavailable());
      }
    });
    router.route().handler(auth.loader());
    router.route().handler(new CsrfGuard());
    router.route("/api/*").handler(new JsonBodyGuard());

    new HomePage(pages).mount(router);
    new MeetingRoutes(new MeetingRepository(services.store().mongo()), pages).mount(router);
    new SearchRoutes(services.search(), pages).mount(router);
    new AccountApi(services.accounts(), auth).mount(router);
    new LoginPages(services.accounts(), auth, pages).mount(router);
    new UserAdminPages(services.accounts(), pages, services.blocking()).mount(router);
    new UnitAdminPages(services.units(), pages).mount(router);
    new LawApi(services.laws()).mount(router);
    new LawPages(services.laws(), pages, services.reading()).mount(router);
    new LawAdminPages(services.laws(), services.lawImport(), new JobRepository(services.store().mongo()), pages)
        .mount(router);
    new ReportRoutes(services.report(), services.progress(),
        u -> services.progress().readIds(u, ReadingRecorder.REPORT), pages).mount(router);
    new TopicRoutes(services.topics(), services.progress(),
        u -> services.progress().readIds(u, ReadingRecorder.TOPIC), pages).mount(router);
    new ProgressRoutes(services.progress(), pages).mount(router);
    new QuestionApi(services.questions().service()).mount(router);
    new QuestionImportPages(services.questions().importer(), pages).mount(router);
    new QuestionFormPages(services.questions().service(), pages).mount(router);
    new QuestionPages(services.questions(), pages).mount(router);
    new ExamApi(services.exams()).mount(router);
    new PracticeApi(services.exams()).mount(router);
    new ExamPages(services.exams(), pages).mount(router);
    new TrainerExamPages(services.exams(), services.units(), pages).mount(router);
    new PracticePages(services.exams(), pages).mount(router);

    router.route().last().handler(ctx -> ctx.fail(HttpFailure.notFound("没有这个页面或接口：" + ctx.request().path())));
    router.route().failureHandler(new Failures(services.store(), pages));
    return router;
  }

  private Future<HttpServer> listen(Router router) {
    // No h2c upgrade: Vert.x 5.0.7 stalls a 40 KB response on an upgraded connection (Java's
    // HttpClient and curl --http2 ask for it); those clients then stay on HTTP/1.1. Browsers never use h2c.
    return vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(true)
            .setHttp2ClearTextEnabled(false))
        .requestHandler(router)
        .listen(port, services.config().httpHost())
        .onSuccess(s -> server = s);
  }

  /** "METHOD path" of every route with a path, for the route × role tests and the docs. */
  public java.util.List<String> routeTable() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (io.vertx.ext.web.Route r : router.getRoutes()) {
      if (r.getPath() == null || r.methods() == null || r.methods().isEmpty()) {
        continue;
      }
      r.methods().forEach(m -> out.add(m.name() + " " + r.getPath()));
    }
    return out;
  }

  public int actualPort() {
    return server.actualPort();
  }
}
