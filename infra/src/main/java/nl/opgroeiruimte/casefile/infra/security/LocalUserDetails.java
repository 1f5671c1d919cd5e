package nl.opgroeiruimte.casefile.infra.security;

import java.util.Collection;
import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Caller;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A ready user of the local mode, with the caller they are. */
record LocalUserDetails(String username, String password, Caller caller) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }
}
