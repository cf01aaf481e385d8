package org.xuefa.law;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statutes Xuefa's questions and topics cite, by slug: a link to one of them that is not imported
 * yet tells the reader which file the administrator has to import, instead of a bare 404.
 */
public final class KnownStatutes {

    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("constitution", "中华人民共和国宪法");
        TITLES.put("civil-code", "中华人民共和国民法典");
        TITLES.put("administrative-penalty-law", "中华人民共和国行政处罚法");
        TITLES.put("administrative-licensing-law", "中华人民共和国行政许可法");
        TITLES.put("administrative-coercion-law", "中华人民共和国行政强制法");
        TITLES.put("administrative-reconsideration-law", "中华人民共和国行政复议法");
        TITLES.put("administrative-litigation-law", "中华人民共和国行政诉讼法");
        TITLES.put("state-compensation-law", "中华人民共和国国家赔偿法");
        TITLES.put("public-official-sanctions-law", "中华人民共和国公职人员政务处分法");
        TITLES.put("civil-servant-law", "中华人民共和国公务员法");
        TITLES.put("major-administrative-decision-regulation", "重大行政决策程序暂行条例");
    }

    private static final List<String> ORDER = List.copyOf(TITLES.keySet());

    private KnownStatutes() {
    }

    public static Optional<String> title(String slug) {
        return Optional.ofNullable(TITLES.get(slug));
    }

    public static Map<String, String> all() {
        return Map.copyOf(TITLES);
    }

    /** Where the law goes in lists: the known statutes in the order above, anything else after them. */
    static int rank(String slug) {
        int i = ORDER.indexOf(slug);
        return i < 0 ? ORDER.size() : i;
    }

    /** What a reader sees for a slug that is not imported. */
    public static String notImportedMessage(String slug) {
        return title(slug)
                .map(t -> "《" + t + "》尚未导入：请系统管理员在“法规导入”页面导入 " + slug + ".md")
                .orElse("没有这部法律法规：" + slug);
    }
}
