package org.fedoraproject.hubs.widgets.builds;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.fedoraproject.hubs.Fixtures;
import org.fedoraproject.hubs.bus.BusMessage;
import org.fedoraproject.hubs.widget.CachedFunction;
import org.fedoraproject.hubs.widget.CorpusProperties;
import org.fedoraproject.hubs.widget.WidgetConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The builds widget's two rules against the corpus's Koji build state changes and Copr build messages. */
class BuildMessageRuleTest {

    private final BuildsWidget widget = new BuildsWidget();
    private final CachedFunction koji = widget.function("koji");
    private final CachedFunction copr = widget.function("copr");

    @ParameterizedTest(name = "{0} concerns {1}")
    @CsvSource({
            "0219-prod.buildsys.build.state.change.json, ralph",     // eclipse-ptp, failed -> building
            "0221-prod.buildsys.build.state.change.json, dvratil",
            "0223-prod.buildsys.build.state.change.json, kevin",
            "0233-prod.buildsys.build.state.change.json, jcline",
            "0230-prod.buildsys.build.state.change.json, releng"})
    void aStateChangeOfTheirBuildInvalidatesTheOwnersKojiBuilds(String file, String owner) throws Exception {
        BusMessage message = message(file);

        assertThat(koji.shouldInvalidate(message, config(owner, null))).isTrue();
        assertThat(koji.shouldInvalidate(message, config("someoneelse", null))).isFalse();
        assertThat(copr.shouldInvalidate(message, config(owner, "anything"))).isFalse();
    }

    @Test
    void aBuildWithoutAnOwnerConcernsNoOne() throws Exception {
        // 0220 is 0219 with owner null
        assertThat(koji.shouldInvalidate(message("0220-prod.buildsys.build.state.change.json"), config("ralph", null))).isFalse();
    }

    @Test
    void aBuildOnASecondaryArchitecturesKojiIsNotInThePrimaryKojisList() throws Exception {
        // 0222: sharkcz's 64tass on the s390 hub
        assertThat(koji.shouldInvalidate(message("0222-prod.buildsys.build.state.change.json"), config("sharkcz", null))).isFalse();
    }

    @Test
    void otherBuildsysMessagesDoNotChangeTheBuildsList() throws Exception {
        assertThat(koji.shouldInvalidate(message("0244-prod.buildsys.tag.json"), config("ralph", null))).isFalse();
    }

    @ParameterizedTest(name = "{0} concerns {1}/{2}")
    @CsvSource({
            "0447-prod.copr.build.end.json, przemof, FreeCAD",
            "0463-prod.copr.build.start.json, dvdmuckle, minsh",
            "0449-prod.copr.build.end.json, frostyx, fedora-review-2120131-libgbinder",
            "0443-prod.copr.build.end.json, fatka, mutt-kz",          // no owner: the user who built
            "0462-prod.copr.build.start.json, fatka, mutt-kz"})
    void aBuildInTheConfiguredProjectInvalidatesTheOwnersCoprBuilds(String file, String owner, String project) throws Exception {
        BusMessage message = message(file);

        assertThat(copr.shouldInvalidate(message, config(owner, project))).isTrue();
        assertThat(copr.shouldInvalidate(message, config(owner, "another-project"))).isFalse();
        assertThat(copr.shouldInvalidate(message, config(owner, project.toUpperCase()))).isFalse(); // Copr names are exact
        assertThat(copr.shouldInvalidate(message, config(owner, null))).isFalse();
        assertThat(copr.shouldInvalidate(message, config("someoneelse", project))).isFalse();
        assertThat(koji.shouldInvalidate(message, config(owner, project))).isFalse();
    }

    @Test
    void aBuildInAGroupsProjectIsNotTheBuildersProject() throws Exception {
        // 0446: churchyard built in @python's python26
        assertThat(copr.shouldInvalidate(message("0446-prod.copr.build.end.json"), config("churchyard", "python26"))).isFalse();
    }

    @Test
    void chrootStartsAreLeftToTheBuildStartAndEndMessages() throws Exception {
        String file = Fixtures.index().stream().filter(row -> row.get("topic").endsWith("copr.chroot.start"))
                .findFirst().orElseThrow().get("file");
        BusMessage message = message(file);
        String owner = message.body().getString("owner", message.body().getString("user", ""));

        assertThat(copr.shouldInvalidate(message, config(owner, message.body().getString("copr", "")))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"ralph, ''", "jcline, ''", "przemof, FreeCAD", "logocomune, seafile-client", "fatka, mutt-kz", "kevin, ansible"})
    void eachFunctionIsInvalidatedByItsOwnFamilyOnlyAndKeepsItsHints(String username, String project) {
        WidgetConfig config = config(username, project.isEmpty() ? null : project);

        int kojiChanges = CorpusProperties.assertFamilyOnlyAndHintsKept(koji, config,
                message -> message.subject().equals("buildsys.build.state.change"));
        int coprChanges = CorpusProperties.assertFamilyOnlyAndHintsKept(copr, config,
                message -> message.subject().startsWith("copr.build."));

        assertThat(kojiChanges > 0).isEqualTo(!username.equals("przemof") && !username.equals("logocomune") && !username.equals("fatka"));
        assertThat(coprChanges > 0).isEqualTo(!project.isEmpty() && !project.equals("ansible"));
    }

    @Test
    void anEmptyProjectIsNoProject() throws Exception {
        WidgetConfig validated = WidgetConfig.validate(widget, Json.createObjectBuilder()
                .add("username", "przemof").add("copr_project", " ").build());

        assertThat(copr.shouldInvalidate(message("0447-prod.copr.build.end.json"), validated)).isFalse();
        assertThat(copr.execute(validated).asJsonObject().getString("project")).isEmpty(); // and Copr is not asked
    }

    @Test
    void hintsNameEachFunctionsCategoryAndTheUser() {
        assertThat(koji.hints(config("ralph", null)).categories()).containsExactly("buildsys");
        assertThat(copr.hints(config("ralph", "x")).categories()).containsExactly("copr");
        assertThat(koji.hints(config("ralph", null)).people()).containsExactly("ralph");
    }

    private static BusMessage message(String file) throws Exception {
        return BusMessage.parse(Fixtures.message(file));
    }

    static WidgetConfig config(String username, String project) {
        JsonObjectBuilder config = Json.createObjectBuilder().add("username", username);
        if (project != null) {
            config.add("copr_project", project);
        }
        return WidgetConfig.stored(config.build().toString());
    }
}
