package jp.tsumugi.solver.domain;

import java.util.List;
import java.util.Objects;

/** A member's workplace (事業場): where a worker goes. */
public final class Site {
    private final String id;
    private final Member member;
    private final String name;
    private final GeoPoint location;
    private final String municipalityCode;
    private final Industry industry;
    private final boolean agricultureExempt;
    private final List<Skill> requiredSkills;

    public Site(String id, Member member, String name, GeoPoint location, String municipalityCode, Industry industry,
            boolean agricultureExempt, List<Skill> requiredSkills) {
        this.id = Objects.requireNonNull(id, "id");
        this.member = Objects.requireNonNull(member, "member");
        this.name = name == null ? id : name;
        this.location = location;
        this.municipalityCode = municipalityCode;
        this.industry = industry == null ? Industry.OTHER : industry;
        this.agricultureExempt = agricultureExempt;
        this.requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
    }

    public Site(String id, Member member, String name, GeoPoint location) {
        this(id, member, name, location, null, Industry.OTHER, false, List.of());
    }

    public String getId() { return id; }
    public Member getMember() { return member; }
    public String getName() { return name; }
    public GeoPoint getLocation() { return location; }
    public String getMunicipalityCode() { return municipalityCode; }
    public Industry getIndustry() { return industry; }
    /** The establishment's main business is growing, livestock or fishery, so 労基法 §41 may exempt it (see settings). */
    public boolean isAgricultureExempt() { return agricultureExempt; }
    public List<Skill> getRequiredSkills() { return requiredSkills; }

    @Override
    public String toString() { return name; }
}
