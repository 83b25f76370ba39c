package org.fedoraproject.hubs.bench;

import static org.fedoraproject.hubs.triage.CorpusWidgetTypes.config;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.hub.WidgetRef;
import org.fedoraproject.hubs.rebuild.WorkItem;
import org.fedoraproject.hubs.triage.CorpusWidgetTypes;
import org.fedoraproject.hubs.triage.NaiveTriage;
import org.fedoraproject.hubs.triage.Triage;
import org.fedoraproject.hubs.triage.TriageCorpus;
import org.fedoraproject.hubs.triage.TriageIndex;
import org.fedoraproject.hubs.triage.TriageStats;
import org.fedoraproject.hubs.widget.ParameterType;
import org.fedoraproject.hubs.widget.WidgetType;
import org.fedoraproject.hubs.widgets.badges.BadgesWidget;
import org.fedoraproject.hubs.widgets.bodhi.BodhiUpdatesWidget;
import org.fedoraproject.hubs.widgets.builds.BuildsWidget;
import org.fedoraproject.hubs.widgets.github.GitHubWidget;
import org.fedoraproject.hubs.widgets.meetings.MeetingsWidget;
import org.fedoraproject.hubs.widgets.pagure.PagureWidget;
import org.fedoraproject.hubs.widgets.reviews.PackageReviewsWidget;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Triage throughput, in messages per second on one thread, asking every function ({@code naive})
 * or the index's candidates ({@code index}), with 1k to 1M widget instances, over the real
 * corpus's messages in a loop. Not a test: run {@link #main}, or JMH's own runner.
 *
 * <p>The population is what a large Hubs would hold: mostly package-reviews widgets, each for its
 * own address; a tenth of the other catalogue types that follow a person or a project (badges,
 * bodhi-updates, builds, pagure, github, meetings) and of person-watch and team-watch test widgets,
 * each for its own user; and a fixed
 * handful of widgets that name nobody (category-only hints, no hints). Those are asked about every
 * message of their category, or about every message, so it is their number, not the population's
 * size, that sets the indexed cost; a real Hubs has few of them, and the benchmark keeps them
 * fixed. The corpus's own addresses and user names are each configured once, so messages do find
 * candidates and invalidate some.
 *
 * <p>Naive triage is only run up to 100,000 instances: at 1M it takes about half a second per message. The
 * setup refuses it there (JMH reports that combination as failed and goes on); {@link #main} does
 * not ask for it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class TriageBenchmark {

    private static final int NAIVE_LIMIT = 100_000;
    /** Instances that name no person: asked about every message of their category, or about every message. */
    private static final int UNNAMED_INSTANCES = 12;

    @Param({"1000", "10000", "100000", "1000000"})
    int instances;

    @Param({"naive", "index"})
    String mode;

    private List<BusMessage> messages;
    private boolean askEveryone;
    private List<WidgetRef> widgets;
    private NaiveTriage naive;
    private Triage indexed;
    private int next;

    @Setup(Level.Trial)
    public void populate() {
        if (mode.equals("naive") && instances > NAIVE_LIMIT) {
            throw new IllegalStateException("naive triage is only measured up to " + NAIVE_LIMIT
                    + " instances (it takes seconds per message beyond); skipped");
        }
        TriageCorpus corpus = TriageCorpus.get();
        messages = List.copyOf(corpus.messages().values());
        Map<String, WidgetType> types = new HashMap<>(CorpusWidgetTypes.all());
        // Only their rules and hints run: no service clients needed. Activity is left out: triage also
        // records its messages in the database, which is not what this measures (its hints are people, as person-watch's).
        for (WidgetType real : List.of(new PackageReviewsWidget(), new BadgesWidget(), new BodhiUpdatesWidget(),
                new BuildsWidget(), new PagureWidget(), new GitHubWidget(), new MeetingsWidget())) {
            types.put(real.name(), real);
        }
        widgets = population(corpus, types);
        askEveryone = mode.equals("naive");
        if (askEveryone) {
            naive = new NaiveTriage(name -> Optional.ofNullable(types.get(name)), new TriageStats(new SimpleMeterRegistry()));
        } else {
            TriageIndex index = new TriageIndex();
            for (WidgetRef widget : widgets) {
                index.put(widget, types.get(widget.type()));
            }
            indexed = new Triage(index, new TriageStats(new SimpleMeterRegistry()));
        }
        next = 0;
    }

    @Benchmark
    public List<WorkItem> triage() {
        BusMessage message = messages.get(next);
        next = next + 1 == messages.size() ? 0 : next + 1;
        return askEveryone ? naive.invalidated(message, widgets) : indexed.invalidated(message);
    }

    private List<WidgetRef> population(TriageCorpus corpus, Map<String, WidgetType> types) {
        List<WidgetRef> population = new ArrayList<>(instances);
        List<String> words = corpus.topicWords();
        List<String> categories = corpus.categories();
        for (int i = 0; i < UNNAMED_INSTANCES; i++) {
            long id = population.size() + 1L;
            population.add(i % 2 == 0
                    ? widget(id, types, "category-watch", "category", categories.get(i * 7 % categories.size()),
                            "word", words.get(i * 13 % words.size()))
                    : widget(id, types, "topic-substring", "word", words.get(i * 13 % words.size())));
        }
        int named = 0;
        while (population.size() < instances) {
            long id = population.size() + 1L;
            if (id % 10 == 0) {
                String user = named < corpus.usernames().size() ? corpus.usernames().get(named) : "contributor" + named;
                population.add(switch (named % 8) {
                    case 0 -> widget(id, types, "person-watch", "user", user);
                    case 1 -> widget(id, types, "team-watch", "categories", categories.get(named % categories.size()),
                            "members", user + ",contributor-friend" + named);
                    case 2 -> widget(id, types, "badges", "username", accountName(user, named));
                    case 3 -> widget(id, types, "bodhi-updates", "username", accountName(user, named));
                    case 4 -> widget(id, types, "builds", "username", accountName(user, named));
                    case 5 -> widget(id, types, "pagure", "project", user);
                    case 6 -> widget(id, types, "github", "repository", user + "/" + user);
                    default -> widget(id, types, "meetings", "calendar", user, "channel", "#" + user);
                });
                named++;
            } else {
                int reviewer = population.size() - UNNAMED_INSTANCES;
                String email = reviewer < corpus.bugzillaAddresses().size()
                        ? corpus.bugzillaAddresses().get(reviewer) : "packager" + reviewer + "@example.org";
                population.add(widget(id, types, "package-reviews", "email", email));
            }
        }
        return List.copyOf(population);
    }

    /** The corpus name where it is a valid account name (some person fields hold e-mails or full names). */
    private static String accountName(String user, int named) {
        return ParameterType.USERNAME.accepts(user) ? user : "contributor" + named;
    }

    private static WidgetRef widget(long id, Map<String, WidgetType> types, String type, String... config) {
        return new WidgetRef(id, "hub-" + id / 4, type, config(types.get(type), config), "right", (int) (id % 4));
    }

    /**
     * Runs the comparison with short iterations (naive up to {@value #NAIVE_LIMIT} instances) and
     * prints messages per second side by side. For other settings, run JMH's own
     * {@code org.openjdk.jmh.Main TriageBenchmark} with its options ({@code -p instances=...}).
     */
    public static void main(String[] args) throws RunnerException {
        Options common = new OptionsBuilder()
                .include(TriageBenchmark.class.getSimpleName())
                .warmupIterations(4).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .forks(1)
                .jvmArgsAppend("-Xms3g", "-Xmx3g", "-Dhubs.fixtures.dir=" + Fixtures.dir().toAbsolutePath())
                .build();
        List<RunResult> results = new ArrayList<>();
        results.addAll(new Runner(new OptionsBuilder().parent(common)
                .param("mode", "naive").param("instances", "1000", "10000", String.valueOf(NAIVE_LIMIT)).build()).run());
        results.addAll(new Runner(new OptionsBuilder().parent(common)
                .param("mode", "index").param("instances", "1000", "10000", "100000", "1000000").build()).run());
        System.out.printf("%n%-6s %10s %16s%n", "mode", "instances", "messages/s");
        for (RunResult result : results) {
            System.out.printf("%-6s %10s %,16.0f ± %,.0f%n", result.getParams().getParam("mode"),
                    result.getParams().getParam("instances"), result.getPrimaryResult().getScore(),
                    result.getPrimaryResult().getScoreError());
        }
    }
}
