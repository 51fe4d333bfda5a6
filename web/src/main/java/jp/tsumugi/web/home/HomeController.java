package jp.tsumugi.web.home;

import jp.tsumugi.web.cooperative.CooperativeRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final CooperativeRepository cooperatives;

    HomeController(CooperativeRepository cooperatives) {
        this.cooperatives = cooperatives;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("cooperatives", cooperatives.findAllByOrderByCodeAsc());
        return "home";
    }
}
