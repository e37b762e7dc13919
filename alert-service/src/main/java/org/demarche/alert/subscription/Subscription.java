package org.demarche.alert.subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.demarche.contracts.analysis.NamingKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "webhook_url")
    public String webhookUrl;

    /** Needed in clear to sign every delivery; never returned after creation. */
    public String secret;

    @Column(name = "group_names")
    public String[] groupNames;

    @Column(name = "group_ids")
    public String[] groupIds;

    @Column(name = "group_keys")
    public String[] groupKeys;

    public String[] attributors;

    public String[] sponsors;

    public String[] kinds;

    @Column(name = "created_at")
    public Instant createdAt;

    public static Subscription of(UUID id, NewSubscription request, String secret, Instant createdAt) {
        Subscription s = new Subscription();
        s.id = id;
        s.name = request.name();
        s.webhookUrl = request.webhookUrl().toString();
        s.secret = secret;
        SubscriptionFilter filter = request.filter();
        s.groupNames = filter.groups().stream().map(GroupReference::name).toArray(String[]::new);
        s.groupIds = filter.groups().stream().map(GroupReference::groupId).toArray(String[]::new);
        s.groupKeys = filter.groups().stream().map(GroupReference::key).toArray(String[]::new);
        s.attributors = filter.attributors().toArray(String[]::new);
        s.sponsors = filter.sponsors().toArray(String[]::new);
        s.kinds = filter.kinds().stream().map(Enum::name).toArray(String[]::new);
        s.createdAt = createdAt;
        return s;
    }

    public SubscriptionFilter filter() {
        List<GroupReference> groups = new ArrayList<>();
        for (int i = 0; i < groupNames.length; i++) {
            groups.add(new GroupReference(groupNames[i], groupIds[i], groupKeys[i]));
        }
        return new SubscriptionFilter(groups, List.of(attributors), List.of(sponsors),
                Arrays.stream(kinds).map(NamingKind::valueOf).toList());
    }
}
