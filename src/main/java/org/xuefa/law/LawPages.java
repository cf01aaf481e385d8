package org.xuefa.law;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuefa.account.Role;
import org.xuefa.web.Auth;
import org.xuefa.web.Pages;
import org.xuefa.web.ReadingRecorder;

/** The statute pages anyone may read: the list, a law's outline, one article per address. */
public final class LawPages {

    static final String LIST = "/laws";
    /** Slugs as imports make them; anything else cannot name a law and is a plain 404. */
    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private static final Logger log = LoggerFactory.getLogger(LawPages.class);

    private final LawRepository laws;
    private final Pages pages;
    private final ReadingRecorder reading;

    public LawPages(LawRepository laws, Pages pages, ReadingRecorder reading) {
        this.laws = laws;
        this.pages = pages;
        this.reading = reading;
    }

    public void mount(Router router) {
        router.get(LIST).handler(this::list);
        router.get(LIST + "/:slug").handler(this::outline);
        router.get(LIST + "/:slug/:n").handler(this::article);
    }

    private void list(RoutingContext ctx) {
        laws.list().onSuccess(all -> {
            Map<String, Object> model = new HashMap<>();
            model.put("laws", LawViews.list(all));
            model.put("count", all.size());
            model.put("hasLaws", !all.isEmpty());
            model.put("canImport", Auth.user(ctx).map(u -> u.has(Role.ADMIN)).orElse(false));
            pages.send(ctx, "law/list", "法律法规", model);
        }).onFailure(ctx::fail);
    }

    private void outline(RoutingContext ctx) {
        String slug = ctx.pathParam("slug");
        if (!SLUG.matcher(slug).matches()) {
            ctx.next();
            return;
        }
        laws.find(slug).onSuccess(law -> {
            if (law.isEmpty()) {
                notImported(ctx, slug);
                return;
            }
            pages.send(ctx, "law/outline", law.get().title(), LawViews.outline(law.get()));
        }).onFailure(ctx::fail);
    }

    private void article(RoutingContext ctx) {
        String slug = ctx.pathParam("slug");
        Optional<ArticleNumber> number = ArticleNumber.parse(ctx.pathParam("n"));
        if (!SLUG.matcher(slug).matches()) {
            ctx.next();
            return;
        }
        if (number.isPresent() && !number.get().canonical()) {
            ctx.response().setStatusCode(301)
                    .putHeader("Location", LawViews.articleHref(slug, number.get().number())).end();
            return;
        }
        laws.find(slug).onSuccess(law -> {
            if (law.isEmpty()) {
                notImported(ctx, slug);
            } else if (number.isEmpty() || !law.get().has(number.get().number())) {
                noSuchArticle(ctx, law.get(), ctx.pathParam("n"));
            } else {
                showArticle(ctx, slug, number.get().number());
            }
        }).onFailure(ctx::fail);
    }

    private void showArticle(RoutingContext ctx, String slug, int number) {
        laws.article(slug, number).onSuccess(found -> {
            if (found.isEmpty()) {
                ctx.next();
                return;
            }
            LawArticle a = found.get();
            record(ctx, slug, number);
            pages.send(ctx, "law/article", a.article().label() + " · " + a.law().title(), LawViews.article(a));
        }).onFailure(ctx::fail);
    }

    /** Study progress is a side matter: its failure never keeps a person from reading the article. */
    private void record(RoutingContext ctx, String slug, int number) {
        Auth.user(ctx).ifPresent(user -> {
            try {
                reading.record(user, "law", slug + ":" + number)
                        .onFailure(e -> log.debug("reading of {}:{} not recorded", slug, number, e));
            } catch (RuntimeException e) {
                log.debug("reading of {}:{} not recorded", slug, number, e);
            }
        });
    }

    private void notImported(RoutingContext ctx, String slug) {
        if (KnownStatutes.title(slug).isEmpty()) {
            ctx.next();
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("message", KnownStatutes.notImportedMessage(slug));
        model.put("canImport", Auth.user(ctx).map(u -> u.has(Role.ADMIN)).orElse(false));
        pages.send(ctx, 404, "law/missing", "尚未导入", model);
    }

    private void noSuchArticle(RoutingContext ctx, StoredLaw law, String asked) {
        Map<String, Object> model = new HashMap<>();
        String shown = asked.length() > 20 ? asked.substring(0, 20) + "…" : asked;
        model.put("message", "《" + law.title() + "》共 " + law.articleCount() + " 条，没有“" + shown + "”这一条");
        model.put("lawHref", LawViews.lawHref(law.slug()));
        model.put("lawTitle", law.title());
        pages.send(ctx, 404, "law/missing", "没有这一条", model);
    }
}
