package dev.bastion.killtracker.web;

import dev.bastion.identity.model.Actor;
import dev.bastion.notify.app.WebhookService;
import dev.bastion.notify.model.OutboxMessage;
import dev.bastion.notify.model.Webhook;
import dev.bastion.notify.model.WebhookUrls;
import dev.bastion.platform.Endpoints;
import dev.bastion.platform.NotFoundException;
import dev.bastion.platform.PageQuery;
import dev.bastion.platform.Refusal;
import dev.bastion.platform.Slice;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.LazyRows;
import dev.bastion.platform.web.PageAccess;
import dev.bastion.platform.web.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Kill tracker admin: Discord webhooks (the URL is a secret: pages show its host and a masked token, and
 * the form never sends it back), their queues and failed messages, a test message, the edit form with
 * its problems at their fields.
 */
@Named("ktWebhooks")
@RequestScoped
public class WebhooksBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/killtracker/webhooks.xhtml";

    static final String FORM = "webhook-form";

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    WebhookService webhooks;

    @Inject
    Endpoints endpoints;

    private Long editing;
    private String editingMask;
    private String name = "";
    private String url = "";
    private String notes = "";
    private boolean enabled = true;
    private Map<Long, Map<String, Long>> counts;
    private List<Webhook> all;
    private final LazyRows<Webhook> rows = LazyRows.of(this::page, Webhook::getId);

    @PostConstruct
    void init() {
        access.require(PAGE);
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String edit = params.containsKey(FORM + ":editing") ? params.get(FORM + ":editing") : params.get("edit");
        if (edit != null && !edit.isBlank()) {
            Webhook w = NotFoundException.unlessFound(edit, "webhook", webhooks::find);
            editing = w.getId();
            editingMask = w.getMaskedUrl();
            name = w.getName();
            notes = w.getNotes();
            enabled = w.isEnabled();
        }
    }


    /** The page's view action: an unknown webhook to edit is a 404 before anything is rendered. */
    public void load() {
        access.require(PAGE);
    }

    public LazyRows<Webhook> getRows() {
        access.require(PAGE);
        return rows;
    }

    /** Webhooks are few (one per channel): one page of them, searched and sorted here. */
    private Slice<Webhook> page(PageQuery q) {
        if (all == null) {
            all = webhooks.all();
        }
        String s = q.search() == null ? null : q.search().toLowerCase(Locale.ROOT);
        Comparator<Webhook> order = "enabled".equals(q.sortOr("name", java.util.Set.of("name", "enabled")))
                ? Comparator.comparing(Webhook::isEnabled) : Comparator.comparing(w -> w.getName().toLowerCase(Locale.ROOT));
        List<Webhook> matching = all.stream()
                .filter(w -> s == null || w.getName().toLowerCase(Locale.ROOT).contains(s) || w.getNotes().toLowerCase(Locale.ROOT).contains(s))
                .sorted(q.sort() != null && !q.ascending() ? order.reversed() : order).toList();
        return new Slice<>(matching.stream().skip(q.offset()).limit(q.limit()).toList(), matching.size());
    }

    public long count(Webhook w, String status) {
        if (counts == null) {
            counts = webhooks.counts();
        }
        return counts.getOrDefault(w.getId(), Map.of()).getOrDefault(status, 0L);
    }

    public List<OutboxMessage> failed(Webhook w) {
        return count(w, "FAILED") == 0 ? List.of() : webhooks.recent(w.getId(), OutboxMessage.Status.FAILED, 3);
    }

    /** Where the webhook posts, without its secret: "discord.com". */
    public String host(Webhook w) {
        return host(w.getMaskedUrl());
    }

    static String host(String maskedUrl) {
        try {
            String h = URI.create(maskedUrl.replace("…", "x")).getHost();
            return h == null ? "" : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /**
     * The webhook's identity without its secret: Discord's webhook ID shortened and the token as dots
     * ("webhook …4821 · token ••••••"); the token never leaves the server.
     */
    public String masked(Webhook w) {
        return masked(w.getMaskedUrl());
    }

    static String masked(String maskedUrl) {
        String[] parts = maskedUrl.split("/");
        String id = parts.length >= 2 ? parts[parts.length - 2] : "";
        String shortId = id.length() > 4 ? "…" + id.substring(id.length() - 4) : id;
        return (shortId.isEmpty() ? "" : "webhook " + shortId + " · ") + "token ••••••";
    }

    public String save() {
        access.require(PAGE);
        FacesContext fc = FacesContext.getCurrentInstance();
        boolean keepUrl = editing != null && (url == null || url.isBlank());
        String newUrl = keepUrl ? webhooks.find(editing).getUrl() : url == null ? "" : url.strip();
        boolean ok = true;
        if (name == null || name.isBlank()) {
            ok = fieldError(fc, "name", "Name: give the webhook a name, e.g. the channel it posts to.");
        }
        Optional<String> urlProblem = keepUrl ? Optional.empty() : WebhookUrls.problem(newUrl, endpoints.simulatorBase());
        if (urlProblem.isPresent()) {
            ok = fieldError(fc, "url", "Webhook URL: " + urlProblem.get());
        }
        if (!ok) {
            fc.validationFailed();
            return null;
        }
        return Pages.runOrStay(() -> {
            Webhook w = webhooks.save(Actor.of(me.get()), editing, name, newUrl, notes, enabled);
            editing = null;
            return "Webhook " + w.getName() + " saved.";
        });
    }

    private static boolean fieldError(FacesContext fc, String input, String text) {
        fc.addMessage(FORM + ":" + input, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        return false;
    }

    /** Queues a test message; the page stays (ajax) and shows the outcome. */
    public void sendTest() {
        access.require(PAGE);
        try {
            int n = webhooks.sendTest(Actor.of(me.get()), List.of(Pages.idParam("webhook")));
            Pages.info("Initiated sending of " + n + " test message; it appears in Discord within seconds unless the "
                    + "webhook is disabled or blocked.");
        } catch (Refusal e) {
            Pages.error(e.getMessage());
        }
    }

    public String purge() {
        access.require(PAGE);
        return Pages.run(() -> webhooks.purge(Actor.of(me.get()), Pages.idParam("webhook")) + " queued messages deleted.");
    }

    public String retryFailed() {
        access.require(PAGE);
        return Pages.run(() -> webhooks.retryFailed(Actor.of(me.get()), Pages.idParam("webhook"))
                + " failed messages queued again.");
    }

    public String delete() {
        access.require(PAGE);
        return Pages.run(() -> {
            webhooks.delete(Actor.of(me.get()), Pages.idParam("webhook"));
            return "Webhook deleted, with its trackers and queued messages.";
        });
    }

    public Long getEditing() { return editing; }
    /** The webhook being edited, as the form's hint shows it ("discord.com · webhook …4821 · token ••••••"). */
    public String getEditingHint() { return editingMask == null ? "" : host(editingMask) + " · " + masked(editingMask); }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
