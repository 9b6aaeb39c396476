package dev.bastion.killtracker.web;

import dev.bastion.platform.web.PageAccess;
import dev.bastion.identity.model.Actor;
import dev.bastion.platform.web.CurrentUser;
import dev.bastion.platform.web.Pages;
import dev.bastion.notify.model.OutboxMessage;
import dev.bastion.notify.model.Webhook;
import dev.bastion.notify.app.WebhookService;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Map;

/** Kill tracker admin: Discord webhooks, their queues and failed messages. */
@Named("ktWebhooks")
@RequestScoped
public class WebhooksBean {

    /** The page this bean serves; who may use it is decided by AccessRules, as for the page itself. */
    static final String PAGE = "/killtracker/webhooks.xhtml";

    @Inject
    PageAccess access;

    @Inject
    CurrentUser me;

    @Inject
    WebhookService webhooks;

    private Long editing;
    private String name = "";
    private String url = "";
    private String notes = "";
    private boolean enabled = true;
    private Map<Long, Map<String, Long>> counts;

    @PostConstruct
    void init() {
        String edit = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("edit");
        if (edit != null && edit.matches("\\d{1,18}")) {
            access.require(PAGE);
            Webhook w = webhooks.find(Long.parseLong(edit));
            editing = w.getId();
            name = w.getName();
            url = w.getUrl();
            notes = w.getNotes();
            enabled = w.isEnabled();
        }
    }

    public List<Webhook> getWebhooks() {
        access.require(PAGE);
        return webhooks.all();
    }

    public long count(Webhook w, String status) {
        if (counts == null) {
            counts = webhooks.counts();
        }
        return counts.getOrDefault(w.getId(), Map.of()).getOrDefault(status, 0L);
    }

    public List<OutboxMessage> failed(Webhook w) {
        return webhooks.recent(w.getId(), OutboxMessage.Status.FAILED, 5);
    }

    public String save() {
        access.require(PAGE);
        return Pages.runOrStay(() -> {
            Webhook w = webhooks.save(Actor.of(me.get()), editing, name, url, notes, enabled);
            editing = null;
            return "Webhook " + w.getName() + " saved.";
        });
    }

    public String sendTest() {
        access.require(PAGE);
        return Pages.run(() -> "Initiated sending of " + webhooks.sendTest(Actor.of(me.get()), List.of(Pages.idParam("webhook")))
                + " test message; it appears in Discord within seconds unless the webhook is disabled or blocked.");
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
    public void setEditing(Long editing) { this.editing = editing; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
}
