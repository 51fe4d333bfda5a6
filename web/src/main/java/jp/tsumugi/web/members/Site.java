package jp.tsumugi.web.members;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import jp.tsumugi.solver.domain.Industry;
import jp.tsumugi.web.cooperative.CodedEntity;
import jp.tsumugi.web.skills.Skill;

/** A place where a member's work happens (a packing house, a brewery...). */
@Entity
@Table(name = "site")
public class Site extends CodedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(nullable = false)
    private String name;

    private Double latitude;

    private Double longitude;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Industry industry;

    @Column(name = "agriculture_exempt", nullable = false)
    private boolean agricultureExempt;

    private String address;

    @ManyToMany
    @JoinTable(name = "site_skill", joinColumns = @JoinColumn(name = "site_id"),
            inverseJoinColumns = @JoinColumn(name = "skill_id"))
    private Set<Skill> requiredSkills = new LinkedHashSet<>();

    protected Site() {
    }

    public Site(long cooperativeId, String code, Member member, String name, Industry industry) {
        super(cooperativeId, code);
        this.member = member;
        this.name = name;
        this.industry = industry;
    }

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public boolean isAgricultureExempt() {
        return agricultureExempt;
    }

    public void setAgricultureExempt(boolean agricultureExempt) {
        this.agricultureExempt = agricultureExempt;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Set<Skill> getRequiredSkills() {
        return requiredSkills;
    }
}
